/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "briefing-lazy-row.h"
#include "briefing-steady-label.h"
#include "test-ui.h"

/* Both UI test programs start so: GTK, libadwaita, and the application's
 * stylesheet, which AdwApplication loads: sizes depend on it. */
void
test_ui_init (int    *argc,
              char ***argv)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

  /* Without a bus address GLib would autolaunch one through dbus-launch, or
   * use the developer's desktop session: meson test gives every UI program a
   * private bus (dbus-run-session). */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_error ("UI tests need a private session bus: run them with “meson test”, "
             "or under “dbus-run-session -- xvfb-run -a”");

  setlocale (LC_ALL, "");
  /* The translation tests run the window in other languages, from the .mo
   * files of the build tree. */
  if (g_getenv ("BRIEFING_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BRIEFING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  gtk_css_provider_load_from_resource (style, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
count_cb (guint *count)
{
  (*count)++;
}

/* Keeps the last object a signal carried. */
void
remember_cb (GObject **remembered,
             GObject  *object)
{
  g_set_object (remembered, object);
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* Returns when @widget's window has painted a frame laid out after now. */
void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_true), &painted);
  gtk_widget_queue_resize (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  return window;
}

/* The text of a label, a GtkLabel or a steady label (the sidebar's counts);
 * NULL for any other widget. */
const char *
shown_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (BRIEFING_IS_STEADY_LABEL (widget))
    return briefing_steady_label_get_text (BRIEFING_STEADY_LABEL (widget));
  return NULL;
}

void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_child_visible (child)
          && gtk_widget_get_child_visible (gtk_widget_get_parent (child)))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

/* Exactly one label of @widget is a heading, at @level, and it has text. */
void
assert_one_heading (GtkWidget *widget,
                    int        level)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_headings = 0;

  collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkAccessible *label = g_ptr_array_index (labels, i);

      if (!gtk_test_accessible_has_role (label, GTK_ACCESSIBLE_ROLE_HEADING))
        continue;
      n_headings++;
      gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LEVEL, level);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
    }
  g_assert_cmpuint (n_headings, ==, 1);
}

/* The row widgets of @view's list, bound to items on screen or off it. */
void
collect_bound_rows (GtkWidget *view,
                    GPtrArray *rows)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  collect_descendants (view, GTK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  for (GtkWidget *item = gtk_widget_get_first_child (g_ptr_array_index (lists, 0));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    g_ptr_array_add (rows, gtk_widget_get_first_child (item));
}

/* The rows of @view's list on screen are built; with @exactly, the others
 * are not (a list freshly filled has built no row out of view). */
void
assert_built_on_screen (GtkWidget *view,
                        gboolean   exactly)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  guint n_on_screen = 0, n_off_screen = 0;
  GtkWidget *list;

  collect_descendants (view, GTK_TYPE_LIST_VIEW, lists);
  g_assert_cmpuint (lists->len, ==, 1);
  list = g_ptr_array_index (lists, 0);
  for (GtkWidget *item = gtk_widget_get_first_child (list);
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      BriefingLazyRow *row = BRIEFING_LAZY_ROW (gtk_widget_get_first_child (item));
      gboolean on_screen = gtk_widget_get_child_visible (item);

      g_assert_true (briefing_lazy_row_get_lazy (row));
      if (on_screen)
        g_assert_true (briefing_lazy_row_get_built (row));
      else if (exactly)
        g_assert_false (briefing_lazy_row_get_built (row));
      if (on_screen)
        n_on_screen++;
      else
        n_off_screen++;
    }
  g_assert_cmpuint (n_on_screen, >, 0);
  if (exactly)
    g_assert_cmpuint (n_off_screen, >, 0);
}

/* The scale a zoom gave @label's text, 1.0 for none. */
double
label_scale (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(PangoAttrIterator) iter = NULL;
  PangoAttribute *scale;

  if (attrs == NULL)
    return 1.0;
  iter = pango_attr_list_get_iterator (attrs);
  scale = pango_attr_iterator_get (iter, PANGO_ATTR_SCALE);
  return scale != NULL ? ((PangoAttrFloat *) scale)->value : 1.0;
}

/* Every label of @widget that shows words is at @text_scale (an avatar's
 * initials are drawn to its size, in pixels). */
void
assert_labels_scaled (GtkWidget *widget,
                      double     text_scale)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_checked = 0;

  collect_descendants (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (label)) || *gtk_label_get_text (label) == '\0' ||
          gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_AVATAR) != NULL)
        continue;
      g_test_message ("%s", gtk_label_get_text (label));
      g_assert_cmpfloat_with_epsilon (label_scale (label), text_scale, 0.001);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);
}
