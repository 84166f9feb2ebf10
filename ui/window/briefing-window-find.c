/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-interview-view.h"
#include "briefing-window-private.h"

/*
 * A search read match by match, across pages: each page's tab counts what
 * the search finds there (its badge), and "find next" / "find previous"
 * (Ctrl+G, Shift+Ctrl+G, Enter in the entry) go from one matching row to
 * the next, on to the next page that has any, and round. What a search
 * shows are matches, so a match is a row of a page's list.
 */

/* The pages that list matches, in the switcher's order. */
static GPtrArray *
list_pages (BriefingWindow *self)
{
  GPtrArray *pages = g_ptr_array_new ();

  g_ptr_array_add (pages, self->timeline_view);
  for (guint i = 0; i < self->interview_views->len; i++)
    g_ptr_array_add (pages, g_ptr_array_index (self->interview_views, i));
  return pages;
}

static guint
n_matches (gpointer page)
{
  return briefing_report_list_view_get_n_shown (BRIEFING_REPORT_LIST_VIEW (page));
}

/* The badges count the search's matches: none without a search. */
static void
update_badges (BriefingWindow *self)
{
  gboolean searching = *briefing_reader_state_get_query (self->state) != '\0';
  g_autoptr(GPtrArray) pages = NULL;

  if (self->interview_views == NULL)
    return;
  pages = list_pages (self);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = g_ptr_array_index (pages, i);
      AdwViewStackPage *stack_page = adw_view_stack_get_page (self->view_stack, page);

      if (stack_page != NULL)
        adw_view_stack_page_set_badge_number (stack_page, searching ? n_matches (page) : 0);
    }
}

static void
on_query_cb (BriefingWindow *self)
{
  /* A new search starts before its first match, and says what it finds. */
  self->find_page = NULL;
  briefing_window_update_search_count (self);
  update_badges (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-next",
                                 *briefing_reader_state_get_query (self->state) != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-previous",
                                 *briefing_reader_state_get_query (self->state) != '\0');
}

/* The match after (@step 1) or before (-1) the last one gone to, or the
 * first (last) of the page shown when none was; FALSE when there is none. */
static gboolean
step_match (BriefingWindow *self,
            int             step,
            guint          *page_index,
            guint          *position)
{
  g_autoptr(GPtrArray) pages = list_pages (self);
  GtkWidget *shown = adw_view_stack_get_visible_child (self->view_stack);
  guint p = 0;
  gint64 at;

  if (self->find_page != NULL && g_ptr_array_find (pages, self->find_page, &p) &&
      self->find_position < n_matches (self->find_page))
    at = self->find_position;
  else
    {
      /* From the page shown, or from the timeline's start (the overview). */
      if (!g_ptr_array_find (pages, shown, &p))
        p = step > 0 ? 0 : pages->len - 1;
      at = step > 0 ? -1 : (gint64) n_matches (g_ptr_array_index (pages, p));
    }

  /* At most once round every page, back to where it began. */
  for (guint tries = 0; tries <= pages->len; tries++)
    {
      guint n = n_matches (g_ptr_array_index (pages, p));

      at += step;
      if (at >= 0 && at < n)
        {
          *page_index = p;
          *position = at;
          return TRUE;
        }
      p = (p + pages->len + step) % pages->len;
      at = step > 0 ? -1 : (gint64) n_matches (g_ptr_array_index (pages, p));
    }
  return FALSE;
}

static void
find (BriefingWindow *self,
      int             step)
{
  g_autoptr(GPtrArray) pages = list_pages (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  guint page_index, position;
  GtkWidget *page;

  if (*briefing_reader_state_get_query (self->state) == '\0' || !step_match (self, step, &page_index, &position))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  page = g_ptr_array_index (pages, page_index);
  self->find_page = page;
  self->find_position = position;
  /* Where the reader is among all the matches, "3 of 12", as GNOME's editors say it. */
  {
    guint before = position, total = 0;
    g_autofree char *where = NULL;

    for (guint i = 0; i < pages->len; i++)
      {
        total += n_matches (g_ptr_array_index (pages, i));
        if (i < page_index)
          before += n_matches (g_ptr_array_index (pages, i));
      }
    /* Translators: which match of a search is shown, "3 of 12" */
    where = g_strdup_printf (_("%u of %u"), before + 1, total);
    gtk_label_set_text (self->search_count, where);
  }
  adw_view_stack_set_visible_child (self->view_stack, page);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  /* Typing on in the entry goes on searching: the keyboard stays there. */
  briefing_report_list_view_jump_to (BRIEFING_REPORT_LIST_VIEW (page), position,
                                     focus == NULL || (focus != entry && !gtk_widget_is_ancestor (focus, entry)));
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  find (BRIEFING_WINDOW (widget), 1);
}

static void
find_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  find (BRIEFING_WINDOW (widget), -1);
}

static void
on_entry_next_cb (BriefingWindow *self)
{
  find (self, 1);
}

static void
on_entry_previous_cb (BriefingWindow *self)
{
  find (self, -1);
}

void
briefing_window_class_add_find_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-previous", NULL);
}

/* For the window's init; the pages' counts are followed as they come. */
void
briefing_window_init_find (BriefingWindow *self)
{
  g_signal_connect_object (self->state, "notify::query", G_CALLBACK (on_query_cb), self, G_CONNECT_SWAPPED);
  /* The entry's own Enter, Ctrl+G and Shift+Ctrl+G. */
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_entry_next_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match", G_CALLBACK (on_entry_next_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match", G_CALLBACK (on_entry_previous_cb),
                           self, G_CONNECT_SWAPPED);
  on_query_cb (self);
}

/* For a new page: its count of matches on its tab. */
void
briefing_window_watch_matches (BriefingWindow *self,
                               GtkWidget      *page)
{
  g_signal_connect_object (page, "notify::n-shown", G_CALLBACK (update_badges), self, G_CONNECT_SWAPPED);
  update_badges (self);
}
