/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reader window read as a demanding reader does: several interviews
 * told apart, a search followed from match to match across pages. */
#include "config.h"

#include <adwaita.h>

#include "briefing-interview-view.h"
#include "test-ui.h"
#include "test-window-util.h"

/* The tooltips of the buttons of the switcher shown. */
static void
collect_tooltips (GtkWidget *widget,
                  GPtrArray *tooltips)
{
  g_autoptr(GPtrArray) switchers = g_ptr_array_new ();

  collect_descendants (widget, ADW_TYPE_VIEW_SWITCHER, switchers);
  g_assert_cmpuint (switchers->len, ==, 1);
  for (guint i = 0; i < switchers->len; i++)
    for (GtkWidget *button = gtk_widget_get_first_child (g_ptr_array_index (switchers, i));
         button != NULL;
         button = gtk_widget_get_next_sibling (button))
      if (gtk_widget_get_tooltip_text (button) != NULL)
        g_ptr_array_add (tooltips, (gpointer) gtk_widget_get_tooltip_text (button));
}

static const char *
page_title (BriefingWindow *window,
            GtkWidget      *child)
{
  return adw_view_stack_page_get_title (adw_view_stack_get_page (VIEW_STACK (window), child));
}

/* Three interviews at 1,100 px: named by their titles, whole in the
 * tooltips, and the switcher keeps its place in the header bar. */
static void
test_window_interview_tabs (void)
{
  BriefingWindow *window = create_window (1100, 800);
  g_autoptr(GFile) file = data_file ("valid", "interviews.briefing");
  g_autoptr(GPtrArray) tooltips = g_ptr_array_new ();

  open_and_wait (window, file);
  g_assert_cmpuint (count_interview_pages (window), ==, 3);
  g_assert_cmpstr (page_title (window, interview_page (window, 0)), ==, "On the field");
  g_assert_cmpstr (page_title (window, interview_page (window, 1)), ==, "Panel: after…");
  g_assert_cmpstr (page_title (window, interview_page (window, 2)), ==, "Announced, not…");

  wait_for_paint (GTK_WIDGET (window));
  g_assert_false (adw_view_switcher_title_get_title_visible (SWITCHER_TITLE (window)));
  g_assert_false (adw_view_switcher_bar_get_reveal (SWITCHER_BAR (window)));

  /* The two shortened, whole. */
  collect_tooltips (GTK_WIDGET (window), tooltips);
  g_assert_cmpuint (tooltips->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (tooltips, "Panel: after the harvest", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (tooltips, "Announced, not yet recorded", g_str_equal, NULL));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  test_window_init (&argc, &argv);

  g_test_add_func ("/window/interview-tabs", test_window_interview_tabs);

  return test_window_run ();
}
