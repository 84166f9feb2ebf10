/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "briefing-event-row.h"
#include "briefing-turn-bubble.h"
#include "briefing-steady-label.h"
#include "test-ui.h"
#include "test-window-util.h"

/*
 * The window in other interface languages. One program, run by meson under
 * several: LANGUAGE=ar (right to left, Arabic plurals), LANGUAGE=uk
 * (Ukrainian plurals), LANGUAGE=C (an Arabic report in an English interface)
 * and LANGUAGE=en_XA, the pseudo-translation of make-pseudo-locale.sh, where
 * every string of ours reads ⟦…~~~⟧: a visible text without ⟦ is one that was
 * never marked for translation, unless it is the report's own.
 */

/* ---- Where widgets are ---- */

static graphene_rect_t
bounds_in_window (GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &bounds));
  return bounds;
}

static double
center_x (GtkWidget *widget)
{
  graphene_rect_t bounds = bounds_in_window (widget);

  return bounds.origin.x + bounds.size.width / 2;
}

static gboolean
is_mapped_with_css_class (GtkWidget     *widget,
                          gconstpointer  css_class)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, css_class);
}

static GtkWidget *
find_with_css_class (GtkWidget  *widget,
                     const char *css_class)
{
  return find_widget (widget, is_mapped_with_css_class, css_class);
}

static GtkWidget *
first_mapped_of_type (GtkWidget *widget,
                      GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  for (guint i = 0; i < found->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (found, i)))
      return g_ptr_array_index (found, i);
  return NULL;
}

static BriefingWindow *
create_window_with (const char *kind,
                    const char *name)
{
  BriefingWindow *window = create_window (1280, 800);
  g_autoptr(GFile) file = data_file (kind, name);

  open_and_wait (window, file);
  g_assert_nonnull (briefing_window_get_report (window));
  wait_for_paint (GTK_WIDGET (window));
  return window;
}

static gboolean
sidebar_shows (BriefingWindow *window,
               const char     *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();  /* borrowed */

  collect_labels (GTK_WIDGET (SIDEBAR (window)), texts);
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  for (guint i = 0; i < texts->len; i++)
    g_test_message ("sidebar: %s", (char *) g_ptr_array_index (texts, i));
  return FALSE;
}

/* ---- Right to left ---- */

/* Under ar: the sidebar is on the right, the interviewer's bubble too, and
 * the English sample still reads left to right. */
static void
test_rtl_layout (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);
  GtkWidget *row, *interviewer, *guest, *view;

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpfloat (center_x (SIDEBAR_PANE (window)), >, center_x (CONTENT_PANE (window)));

  /* The sidebar's counts (steady labels, which lay their text out
   * themselves) end at the row's right edge, as its titles do. */
  {
    GtkWidget *caption = first_mapped_of_type (SIDEBAR_PANE (window), BRIEFING_TYPE_STEADY_LABEL);
    PangoLayout *layout;
    PangoRectangle text;

    g_assert_nonnull (caption);
    layout = briefing_steady_label_get_layout (BRIEFING_STEADY_LABEL (caption));
    g_assert_nonnull (layout);
    pango_layout_get_pixel_extents (layout, NULL, &text);
    g_test_message ("caption “%s”: %d + %d of %d px", briefing_steady_label_get_text (BRIEFING_STEADY_LABEL (caption)),
                    text.x, text.width, gtk_widget_get_width (caption));
    g_assert_cmpint (text.x + text.width, >, gtk_widget_get_width (caption) - 2);
    g_assert_cmpint (text.x, >, 20);
  }

  /* The sample is in English: its events read left to right. */
  row = first_mapped_of_type (TIMELINE_VIEW (window), BRIEFING_TYPE_EVENT_ROW);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_widget_get_direction (row), ==, GTK_TEXT_DIR_LTR);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  view = interview_page (window, 0);
  wait_for_paint (view);
  interviewer = find_with_css_class (view, "interviewer");
  guest = find_with_css_class (view, "guest");
  g_assert_nonnull (interviewer);
  g_assert_nonnull (guest);
  /* Mirrored: the interviewer speaks from the right, the guest from the left. */
  {
    /* Long words fill both bubbles: their avatars tell the sides apart. */
    GtkWidget *a = first_mapped_of_type (gtk_widget_get_ancestor (interviewer, BRIEFING_TYPE_TURN_BUBBLE),
                                         ADW_TYPE_AVATAR);
    GtkWidget *b = first_mapped_of_type (gtk_widget_get_ancestor (guest, BRIEFING_TYPE_TURN_BUBBLE),
                                         ADW_TYPE_AVATAR);

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_cmpfloat (center_x (a), >, center_x (interviewer));
    g_assert_cmpfloat (center_x (b), <, center_x (guest));
    g_assert_cmpfloat (center_x (a), >, center_x (b) + 200);
  }

  destroy_window (window);
}

/* Under C: an Arabic report reads right to left in the English interface. */
static void
test_rtl_report_in_ltr_interface (void)
{
  BriefingWindow *window = create_window_with ("valid", "arabic-report.briefing");
  GtkWidget *row, *card;
  graphene_rect_t row_bounds, headline_bounds;
  guint n_headlines = 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_LTR);
  g_assert_cmpfloat (center_x (SIDEBAR_PANE (window)), <, center_x (CONTENT_PANE (window)));

  row = first_mapped_of_type (TIMELINE_VIEW (window), BRIEFING_TYPE_EVENT_ROW);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_widget_get_direction (row), ==, GTK_TEXT_DIR_RTL);
  card = find_with_css_class (row, "card");
  g_assert_nonnull (card);
  collect_descendants (card, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_assert_cmpint (gtk_widget_get_direction (g_ptr_array_index (labels, i)), ==, GTK_TEXT_DIR_RTL);

  /* The headline's words start at the card's right edge, far from its left. */
  row_bounds = bounds_in_window (card);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading"))
      {
        GtkLabel *headline = g_ptr_array_index (labels, i);
        PangoRectangle text;
        int x, y;

        headline_bounds = bounds_in_window (GTK_WIDGET (headline));
        gtk_label_get_layout_offsets (headline, &x, &y);
        pango_layout_get_pixel_extents (gtk_label_get_layout (headline), NULL, &text);
        g_assert_cmpint (x + text.x + text.width, >, gtk_widget_get_width (GTK_WIDGET (headline)) - 4);
        g_assert_cmpfloat (headline_bounds.origin.x + x + text.x, >, row_bounds.origin.x + 100);
        n_headlines++;
      }
  g_assert_cmpuint (n_headlines, ==, 1);

  destroy_window (window);
}

/* ---- Plurals in the sidebar ---- */

static void
test_plurals_ar (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  /* All Topics 13 events, 14 turns (11–99: the "many" form); 2 and 2; 1 and 3; 0 and 9 */
  g_assert_true (sidebar_shows (window, "13 حدثًا، 14 مداخلة"));
  g_assert_true (sidebar_shows (window, "حدثان، مداخلتان"));
  g_assert_true (sidebar_shows (window, "حدث واحد، 3 مداخلات"));
  g_assert_true (sidebar_shows (window, "لا أحداث، 9 مداخلات"));
  destroy_window (window);
}

static void
test_plurals_uk (void)
{
  BriefingWindow *window = create_window_with_sample (1280, 800);

  g_assert_true (sidebar_shows (window, "13 подій, 14 реплік"));
  g_assert_true (sidebar_shows (window, "2 події, 2 репліки"));
  g_assert_true (sidebar_shows (window, "1 подія, 3 репліки"));
  g_assert_true (sidebar_shows (window, "0 подій, 9 реплік"));
  destroy_window (window);
}

/* ---- The pseudo-translation walk ---- */

typedef struct
{
  GString   *report_text;   /* every string of the open report, NUL-separated */
  GPtrArray *problems;
  const char *where;
} Walk;

static void
collect_json_strings (JsonNode *node,
                      GString  *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        collect_json_strings (l->data, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_json_strings (json_array_get_element (array, i), out);
    }
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      /* Case-folded: a row may capitalize the report's words. */
      g_autofree char *folded = g_utf8_casefold (json_node_get_string (node), -1);

      g_string_append (out, folded);
      g_string_append_c (out, '\n');
    }
}

static void
load_report_text (Walk       *walk,
                  const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  collect_json_strings (json_parser_get_root (parser), walk->report_text);
}

/* Text of ours, marked: the pseudo-translation's brackets. */
static gboolean
is_wrapped (const char *text)
{
  return strstr (text, "⟦") != NULL;
}

/* The report's own words, or no words at all (numbers, punctuation). */
static gboolean
is_report_or_wordless (Walk       *walk,
                       const char *text)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  gboolean has_letter = FALSE;

  /* Isolation marks and ellipses are ours, around report text. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2066 || c == 0x2067 || c == 0x2068 || c == 0x2069)
        continue;
      has_letter |= g_unichar_isalpha (c);
      g_string_append_unichar (bare, c);
    }
  if (!has_letter)
    return TRUE;
  {
    g_autofree char *folded = g_utf8_casefold (bare->str, -1);

    return strstr (walk->report_text->str, folded) != NULL;
  }
}

/* Words GTK itself shows, in its own translations (gtk40), and initials. */
static gboolean
is_gtk_text (GtkWidget *widget)
{
  static const char * const shortcuts_window_words[] = {
    "Shortcuts", "Search Shortcuts", "No Results Found", "Try a different search", NULL
  };

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SHORTCUT_LABEL (w) || ADW_IS_AVATAR (w))
      return TRUE;
  /* The search entry's clear icon ("Clear entry"); its placeholder is ours. */
  if (GTK_IS_IMAGE (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_ENTRY) != NULL)
    return TRUE;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUTS_WINDOW) != NULL &&
      g_strv_contains (shortcuts_window_words, gtk_label_get_text (GTK_LABEL (widget))))
    return TRUE;
  return FALSE;
}

/* Report text set into one of our sentences, isolated: U+2066, U+2067, U+2068. */
static gboolean
holds_isolated_text (const char *text)
{
  return strstr (text, "\xe2\x81\xa6") != NULL || strstr (text, "\xe2\x81\xa7") != NULL ||
         strstr (text, "\xe2\x81\xa8") != NULL;
}

static void
check_text (Walk       *walk,
            GtkWidget  *widget,
            const char *kind,
            const char *text)
{
  if (text == NULL || *text == '\0' || is_wrapped (text) || is_report_or_wordless (walk, text))
    return;
  g_ptr_array_add (walk->problems,
                   g_strdup_printf ("%s: %s of a %s is not marked for translation: “%s”",
                                    walk->where, kind, G_OBJECT_TYPE_NAME (widget), text));
}

static void
walk_widget (Walk      *walk,
             GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (!is_gtk_text (widget))
    {
      check_text (walk, widget, "the tooltip", gtk_widget_get_tooltip_text (widget));
      if (GTK_IS_LABEL (widget))
        {
          GtkLabel *label = GTK_LABEL (widget);
          const char *text = gtk_label_get_text (label);

          check_text (walk, widget, "the text", text);
          /* Clipped: ellipsized, which our own words never are in English. A
           * label that holds report text (isolated, ⁨…⁩) may be: a headline
           * has no length limit. */
          if (is_wrapped (text) && !holds_isolated_text (text) &&
              gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE &&
              pango_layout_is_ellipsized (gtk_label_get_layout (label)))
            g_ptr_array_add (walk->problems,
                             g_strdup_printf ("%s: “%s” is ellipsized", walk->where, text));
        }
      else if (BRIEFING_IS_STEADY_LABEL (widget))
        check_text (walk, widget, "the text", briefing_steady_label_get_text (BRIEFING_STEADY_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child);
}

/* Menus are models: every label of every item, section and submenu. */
static void
walk_menu (Walk       *walk,
           GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          !is_wrapped (label))
        g_ptr_array_add (walk->problems,
                         g_strdup_printf ("%s: the menu item “%s” is not marked for translation",
                                          walk->where, label));
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          walk_menu (walk, link);
        }
    }
}

static void
walk_window (Walk       *walk,
             GtkWidget  *window,
             const char *where)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  walk->where = where;
  wait_for_paint (window);
  walk_widget (walk, window);
  check_text (walk, window, "the title", gtk_window_get_title (GTK_WINDOW (window)));
  collect_descendants (window, GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *menu = opened_menu (g_ptr_array_index (buttons, i));

      if (menu != NULL)
        walk_menu (walk, menu);
    }
}

static void
walk_pages (Walk           *walk,
            BriefingWindow *window,
            const char     *name)
{
  guint n_pages = briefing_window_get_report (window) != NULL ? count_interview_pages (window) + 2 : 0;

  walk_window (walk, GTK_WIDGET (window), name);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *where = g_strdup_printf ("%s, page %u", name, page);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", page);
      walk_window (walk, GTK_WIDGET (window), where);
    }
}

/* The dialog @parent shows, if any. */
static GtkWidget *
find_dialog_of (GtkWidget *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (parent) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

static gboolean
has_dialog_mapped (gpointer window)
{
  GtkWidget *dialog = find_dialog_of (window);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

/* The search entry's text, after its delay, is what the state looks for. */
static gboolean
is_searched (gpointer window)
{
  BriefingReaderState *state = briefing_window_get_state (window);

  return g_strcmp0 (briefing_reader_state_get_query (state),
                    gtk_editable_get_text (GTK_EDITABLE (SEARCH_ENTRY (window)))) == 0;
}

static void
test_pseudo_walk (void)
{
  Walk walk = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_free), NULL };
  BriefingWindow *window;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *shortcuts, *dialog;

  g_assert_true (is_wrapped (_("Open a Report")));
  load_report_text (&walk, g_getenv ("BRIEFING_SAMPLE"));

  /* No report: the window as it starts, then the empty page that a
   * cancelled opening leaves. */
  window = create_window (1280, 800);
  walk_window (&walk, GTK_WIDGET (window), "no report");
  {
    g_autoptr(GFile) sample = sample_file ();

    briefing_window_open (window, sample);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
    g_assert_false (briefing_window_is_loading (window));
    walk_window (&walk, GTK_WIDGET (window), "no report, opening cancelled");
  }
  destroy_window (window);

  /* The sample, wide and narrow, sidebar and content, with a topic and a search. */
  window = create_window_with_sample (1280, 800);
  walk_pages (&walk, window, "wide");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  walk_window (&walk, GTK_WIDGET (window), "search bar");
  gtk_editable_set_text (GTK_EDITABLE (SEARCH_ENTRY (window)), "troops");
  spin_until (is_searched, window);
  walk_pages (&walk, window, "searching");
  destroy_window (window);

  window = create_window_with_sample (360, 720);
  walk_pages (&walk, window, "narrow");
  adw_leaflet_set_visible_child (LEAFLET (window), SIDEBAR_PANE (window));
  walk_window (&walk, GTK_WIDGET (window), "narrow, sidebar");
  destroy_window (window);

  /* A file that cannot be opened: the error page and the problems dialog. */
  window = create_window (1280, 800);
  {
    g_autoptr(GFile) file = data_file ("invalid", "several-errors.briefing");
    g_autofree char *path = g_file_get_path (file);
    g_autofree char *folded = g_utf8_casefold (path, -1);

    /* The file's name is shown as it is. */
    g_string_append_printf (walk.report_text, "%s\n", folded);
    open_and_wait (window, file);
  }
  walk_window (&walk, GTK_WIDGET (window), "error page");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-error-details", NULL);
  spin_until (has_dialog_mapped, window);
  dialog = find_dialog_of (GTK_WIDGET (window));
    {
      walk_window (&walk, dialog, "problems dialog");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  destroy_window (window);

  /* The shortcuts window, as GtkApplication would load it. */
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/shortcuts-window.ui");
  shortcuts = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_present (GTK_WINDOW (shortcuts));
  walk_window (&walk, shortcuts, "shortcuts window");
  gtk_window_destroy (GTK_WINDOW (shortcuts));

  for (guint i = 0; i < walk.problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (walk.problems, i));
  g_assert_cmpuint (walk.problems->len, ==, 0);

  g_ptr_array_unref (walk.problems);
  g_string_free (walk.report_text, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");

  test_window_init (&argc, &argv);

  if (g_strcmp0 (language, "ar") == 0)
    {
      g_test_add_func ("/i18n/ar/right-to-left", test_rtl_layout);
      g_test_add_func ("/i18n/ar/plurals", test_plurals_ar);
    }
  else if (g_strcmp0 (language, "uk") == 0)
    g_test_add_func ("/i18n/uk/plurals", test_plurals_uk);
  else if (g_strcmp0 (language, "en_XA") == 0)
    g_test_add_func ("/i18n/pseudo/every-string-marked", test_pseudo_walk);
  else
    g_test_add_func ("/i18n/C/right-to-left-report", test_rtl_report_in_ltr_interface);

  return test_window_run ();
}
