/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rows and small widgets the views are made of, one by one. */
#include "config.h"

#include <adwaita.h>

#include "briefing-chip.h"
#include "briefing-entity-details.h"
#include "briefing-event-row.h"
#include "briefing-figure-meter.h"
#include "briefing-lazy-row.h"
#include "briefing-steady-label.h"
#include "briefing-text-highlight.h"
#include "briefing-turn-bubble.h"
#include "briefing-wrap-box.h"
#include "test-sample.h"
#include "test-ui.h"

static void
test_chip (void)
{
  BriefingReport *report = load_sample ();
  GtkWidget *chip = g_object_ref_sink (briefing_chip_new (G_OBJECT (find_entity (report, "kharkiv"))));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Place: Kharkiv");
  g_assert_true (gtk_widget_has_css_class (chip, "place"));
  g_assert_finalize_object (chip);

  chip = g_object_ref_sink (briefing_chip_new (G_OBJECT (find_topic (report, "diplomacy"))));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Topic: Diplomacy");
  g_assert_finalize_object (chip);

  g_assert_finalize_object (report);
}

static gboolean
details_gone (gpointer chip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (chip); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return FALSE;
  return TRUE;
}

/* An entity's chip tells more than its name in a popover: role,
 * description and, for a place, where it is. */
static void
test_chip_details (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "all-members.briefing", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  BriefingReport *report = briefing_report_load (file, NULL, NULL);
  BriefingEntity *kyiv = find_entity (report, "kyiv");
  GtkWidget *chip = briefing_chip_new (G_OBJECT (kyiv));
  GtkWidget *window = show_in_window (chip);
  GtkWidget *popover = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autofree char *coordinates = NULL;
  g_autofree char *south_west = briefing_entity_format_coordinates (-33.86882, -0.12758);
  double latitude, longitude;

  g_assert_cmpstr (south_west, ==, "33.8688° S, 0.1276° W");
  g_assert_true (briefing_entity_get_coordinates (kyiv, &latitude, &longitude));
  coordinates = briefing_entity_format_coordinates (latitude, longitude);

  g_assert_true (details_gone (chip));
  g_assert_true (gtk_widget_get_has_tooltip (chip));
  gtk_widget_activate_action (chip, "chip.show-details", NULL);
  wait_for_paint (window);
  /* No tooltip over the popover; its name is not selected. */
  g_assert_false (gtk_widget_get_has_tooltip (chip));
  for (GtkWidget *child = gtk_widget_get_first_child (chip); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  collect_descendants (popover, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Kyiv", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Place", g_str_equal, NULL));
  g_assert_cmpstr (coordinates, ==, "50.4500° N, 30.5233° E");
  g_assert_true (g_ptr_array_find_with_equal_func (texts, coordinates, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Capital of Ukraine", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "City on the Dnipro.", g_str_equal, NULL));
  for (guint i = 0; i < labels->len; i++)
    {
      int start, end;

      g_assert_false (gtk_label_get_selection_bounds (g_ptr_array_index (labels, i), &start, &end));
    }

  /* Closed, it goes. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  while (!details_gone (chip))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_has_tooltip (chip));
  g_assert_cmpstr (briefing_chip_get_tooltip (BRIEFING_CHIP (chip)), ==, "Capital of Ukraine");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Capital of Ukraine");
  /* Given when asked for, not set as text (see briefing-chip.c). */
  g_assert_null (gtk_widget_get_tooltip_text (chip));

  /* A topic's chip has no more to say. */
  {
    GtkWidget *topic_chip = g_object_ref_sink (briefing_chip_new (G_OBJECT (find_topic (report, "diplomacy"))));

    gtk_widget_activate_action (topic_chip, "chip.show-details", NULL);
    g_assert_true (details_gone (topic_chip));
    g_assert_finalize_object (topic_chip);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (report);
}

/* A chip's name takes the room it needs, at every zoom: whole on one line
 * where the row has room. */
static void
test_chip_room (void)
{
  BriefingReport *report = load_sample ();
  BriefingTopic *topic = find_topic (report, "arms-production");
  GtkWidget *chip = briefing_chip_new (G_OBJECT (topic));
  GtkWidget *wrap_box = briefing_wrap_box_new ();
  GtkWidget *window;
  GtkLabel *label = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_cmpuint (g_utf8_strlen (briefing_topic_get_title (topic), -1), >, 32);
  briefing_wrap_box_append (BRIEFING_WRAP_BOX (wrap_box), chip);
  window = show_in_window (wrap_box);
  collect_descendants (chip, GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 1);
  label = g_ptr_array_index (labels, 0);
  for (guint i = 0; i < 3; i++)
    {
      const double scales[] = { 1.0, 1.5, 0.7 };

      briefing_text_scale_labels (chip, scales[i]);
      wait_for_paint (window);
      g_test_message ("at %.1f: %d px", scales[i], gtk_widget_get_width (chip));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (label)), ==, 1);
    }
  /* In a row narrower than its name, it is cut short there, not sooner. */
  {
    int min_width, nat_width;

    gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
    g_assert_cmpint (min_width, <, nat_width / 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (report);
}

/* A parent that gives its child its width and counts how often it is measured:
 * a child asking for a new size makes its parent measure again. */
#define TEST_TYPE_COUNTING_BIN (test_counting_bin_get_type ())
G_DECLARE_FINAL_TYPE (TestCountingBin, test_counting_bin, TEST, COUNTING_BIN, GtkWidget)

struct _TestCountingBin
{
  GtkWidget  parent_instance;
  GtkWidget *child;
  guint      n_measures;
  int        width;
};

G_DEFINE_FINAL_TYPE (TestCountingBin, test_counting_bin, GTK_TYPE_WIDGET)

#define COUNTING_BIN_WIDTH 200

static void
test_counting_bin_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TestCountingBin *self = TEST_COUNTING_BIN (widget);

  self->n_measures++;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->width;
  else
    gtk_widget_measure (self->child, orientation, self->width, minimum, natural, NULL, NULL);
}

static void
test_counting_bin_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TestCountingBin *self = TEST_COUNTING_BIN (widget);
  int child_height;

  gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, self->width, NULL, &child_height, NULL, NULL);
  gtk_widget_size_allocate (self->child, &(GtkAllocation) { 0, 0, self->width, child_height }, -1);
}

static void
test_counting_bin_dispose (GObject *object)
{
  g_clear_pointer (&TEST_COUNTING_BIN (object)->child, gtk_widget_unparent);
  G_OBJECT_CLASS (test_counting_bin_parent_class)->dispose (object);
}

static void
test_counting_bin_class_init (TestCountingBinClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_counting_bin_dispose;
  GTK_WIDGET_CLASS (klass)->measure = test_counting_bin_measure;
  GTK_WIDGET_CLASS (klass)->size_allocate = test_counting_bin_size_allocate;
}

static void
test_counting_bin_init (TestCountingBin *self)
{
  self->width = COUNTING_BIN_WIDTH;
}

/* Where the label's text starts and ends, drawn. */
static void
drawn_text_span (BriefingSteadyLabel *label,
                 int                 *start,
                 int                 *end)
{
  PangoRectangle logical;
  int x;

  briefing_steady_label_get_layout_offsets (label, &x, NULL);
  pango_layout_get_pixel_extents (briefing_steady_label_get_layout (label), NULL, &logical);
  *start = x + logical.x;
  *end = x + logical.x + logical.width;
}

/* New counts as high as the old only redraw the label; counts that wrap
 * ask for the room, and get it; what a screen reader reads follows. */
static void
test_steady_label (void)
{
  TestCountingBin *bin = g_object_new (TEST_TYPE_COUNTING_BIN, "valign", GTK_ALIGN_START,
                                       "halign", GTK_ALIGN_START, NULL);
  GtkWidget *label = briefing_steady_label_new ();
  BriefingSteadyLabel *steady = BRIEFING_STEADY_LABEL (label);
  GtkWidget *window;
  guint n_measures;
  int one_line;

  bin->child = label;
  gtk_widget_set_parent (label, GTK_WIDGET (bin));
  briefing_steady_label_set_text (steady, "3 events, 4 turns");
  window = show_in_window (GTK_WIDGET (bin));
  one_line = gtk_widget_get_height (label);
  g_assert_cmpint (one_line, >, 5);
  g_assert_cmpint (gtk_widget_get_width (label), ==, COUNTING_BIN_WIDTH);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, "3 events, 4 turns");

  n_measures = bin->n_measures;
  briefing_steady_label_set_text (steady, "5 events, 1 turn");
  wait_for_paint (window);
  g_assert_cmpuint (bin->n_measures, ==, n_measures);
  g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);
  g_assert_cmpstr (briefing_steady_label_get_text (steady), ==, "5 events, 1 turn");
  g_assert_cmpstr (pango_layout_get_text (briefing_steady_label_get_layout (steady)), ==, "5 events, 1 turn");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, "5 events, 1 turn");

  /* Wrapped at the 200 px it has, not cut. */
  briefing_steady_label_set_text (steady, "12,345 events, 6,789 turns, 1,011 interviews, 1,213 figures");
  wait_for_paint (window);
  g_assert_cmpuint (bin->n_measures, >, n_measures);
  g_assert_cmpint (gtk_widget_get_height (label), >=, 2 * one_line);
  {
    int minimum, natural;

    gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (natural, >, COUNTING_BIN_WIDTH);
    g_assert_cmpint (minimum, <, COUNTING_BIN_WIDTH / 4);
  }

  n_measures = bin->n_measures;
  briefing_steady_label_set_text (steady, NULL);
  g_assert_cmpstr (briefing_steady_label_get_text (steady), ==, "");
  wait_for_paint (window);
  g_assert_cmpuint (bin->n_measures, >, n_measures);
  /* As a GtkLabel's, an empty text's height is a line's. */
  g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);
  n_measures = bin->n_measures;
  briefing_steady_label_set_text (steady, "1 event");
  wait_for_paint (window);
  g_assert_cmpuint (bin->n_measures, ==, n_measures);

  /* GTK keeps its answers for other widths too: a text as high at the
   * width it has but not at another it was measured at asks anew, so that
   * at that width it has the room it needs. */
  {
    const char *longer = "1 event, 22 turns";
    int minimum, natural;

    gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 60, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, ==, one_line);
    briefing_steady_label_set_text (steady, longer);
    wait_for_paint (window);
    g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);
    bin->width = 60;
    gtk_widget_queue_resize (GTK_WIDGET (bin));
    wait_for_paint (window);
    g_assert_cmpint (gtk_widget_get_width (label), ==, 60);
    g_assert_cmpint (gtk_widget_get_height (label), >=, 2 * one_line);
    bin->width = COUNTING_BIN_WIDTH;
    gtk_widget_queue_resize (GTK_WIDGET (bin));
    wait_for_paint (window);
  }

  /* The sizes it keeps between measures follow the text and the font
   * (asked of the label itself: GTK keeps its own answers until a resize,
   * which a text as high does not ask for). */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
    GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (label);
    int minimum, natural, short_natural, long_natural, again, big_natural;

    briefing_steady_label_set_text (steady, "1 event");
    klass->measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &short_natural, NULL, NULL);
    klass->measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &again, NULL, NULL);
    g_assert_cmpint (again, ==, short_natural);
    briefing_steady_label_set_text (steady, "1 event, 22 turns");
    klass->measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &long_natural, NULL, NULL);
    g_assert_cmpint (long_natural, >, short_natural);
    wait_for_paint (window);

    gtk_css_provider_load_from_data (provider, ".big-count { font-size: 40px; }", -1);
    gtk_style_context_add_provider_for_display (gtk_widget_get_display (label), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    gtk_widget_add_css_class (label, "big-count");
    wait_for_paint (window);
    klass->measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &big_natural, NULL, NULL);
    g_assert_cmpint (big_natural, >, long_natural);
    klass->measure (label, GTK_ORIENTATION_VERTICAL, COUNTING_BIN_WIDTH, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, >, one_line);
    g_assert_cmpint (gtk_widget_get_height (label), ==, minimum);
    gtk_widget_remove_css_class (label, "big-count");
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (label), GTK_STYLE_PROVIDER (provider));
    wait_for_paint (window);
    g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);
  }

  /* At the start of the line in the interface's direction, whichever way
   * its words run, as a GtkLabel with an xalign of 0. */
  {
    int start, end;

    briefing_steady_label_set_text (steady, "\u0662 \u062d\u062f\u062b");   /* Arabic */
    wait_for_paint (window);
    drawn_text_span (steady, &start, &end);
    g_assert_cmpint (start, ==, 0);
    g_assert_cmpint (end, <, COUNTING_BIN_WIDTH / 2);
    briefing_steady_label_set_text (steady, "2 events");
    gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
    wait_for_paint (window);
    drawn_text_span (steady, &start, &end);
    g_assert_cmpint (end, ==, COUNTING_BIN_WIDTH);
    g_assert_cmpint (start, >, COUNTING_BIN_WIDTH / 2);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_figure_meter (void)
{
  BriefingReport *report = load_sample ();
  BriefingEvent *overnight = find_event (report, "overnight-drone-missile-strike");
  BriefingEvent *aid = find_event (report, "us-aid-425m");
  BriefingEvent *kharkiv = find_event (report, "kharkiv-police-facility-strike");
  BriefingFigure *drones = g_ptr_array_index (briefing_event_get_figures (overnight), 0);
  BriefingFigure *dollars = g_ptr_array_index (briefing_event_get_figures (aid), 0);
  BriefingFigure *injured = g_ptr_array_index (briefing_event_get_figures (kharkiv), 1);
  GtkWidget *meter;
  GtkWidget *window;
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  char *text;

  text = briefing_figure_format_amount (drones);
  g_assert_cmpstr (text, ==, "31 of 48 drones");
  g_free (text);
  text = briefing_figure_format_amount (dollars);
  g_assert_cmpstr (text, ==, "425 million USD");
  g_free (text);
  text = briefing_figure_format_amount (injured);
  g_assert_cmpstr (text, ==, "about 40 people");
  g_free (text);
  text = briefing_figure_format_number (1500000000);
  g_assert_cmpstr (text, ==, "1.5 billion");
  g_free (text);
  text = briefing_figure_format_number (1234567);
  g_assert_cmpstr (text, ==, "1234567");
  g_free (text);
  text = briefing_figure_format_number (2.5);
  g_assert_cmpstr (text, ==, "2.5");
  g_free (text);

  meter = g_object_ref_sink (briefing_figure_meter_new (drones));
  g_assert_true (briefing_figure_meter_get_figure (BRIEFING_FIGURE_METER (meter)) == drones);
  window = show_in_window (meter);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (meter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "drones intercepted: 31 of 48 drones");
  collect_descendants (meter, GTK_TYPE_LEVEL_BAR, bars);
  g_assert_cmpuint (bars->len, ==, 1);
  g_assert_cmpfloat (gtk_level_bar_get_value (g_ptr_array_index (bars, 0)), ==, 31);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (g_ptr_array_index (bars, 0)), ==, 48);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (meter);

  /* A figure without a whole has no meter. */
  meter = g_object_ref_sink (briefing_figure_meter_new (dollars));
  g_ptr_array_set_size (bars, 0);
  collect_descendants (meter, GTK_TYPE_LEVEL_BAR, bars);
  g_assert_cmpuint (bars->len, ==, 0);
  g_assert_finalize_object (meter);

  g_assert_finalize_object (report);
}

static void
test_event_row (void)
{
  BriefingReport *report = load_sample ();
  GtkWidget *row = g_object_ref_sink (briefing_event_row_new ());
  BriefingEvent *event = find_event (report, "choe-pledges-support");
  BriefingEvent *kursk = find_event (report, "kursk-convent-drone-attack");
  GtkWidget *window;
  guint notifies = 0;

  g_signal_connect_swapped (row, "notify::show-heading", G_CALLBACK (count_cb), &notifies);
  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), event);
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), TRUE);
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), TRUE);
  g_assert_cmpuint (notifies, ==, 1);
  briefing_lazy_row_set_search_text (BRIEFING_LAZY_ROW (row), "moscow");
  window = show_in_window (row);

  /* Read out as a sentence: date, place, headline. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Friday, 1 November 2024, in Moscow: North Korea will "
                                       "support Russia until victory in Ukraine, says its "
                                       "foreign minister");
  /* The date above the row is a heading of the timeline. */
  assert_one_heading (row, 2);

  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), kursk);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "21–31 October 2024, in Convent in the Kursk region: "
                                       "Ukrainian drone attack kills two people at a convent "
                                       "in the Kursk region");
  {
    g_autofree char *described = briefing_event_describe (find_event (report, "us-aid-425m"));

    g_assert_cmpstr (described, ==, "Friday, 1 November 2024: US announces an additional "
                                    "$425 million in military aid to Ukraine");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (row);

  /* A lazy row is an estimate of its height until it is built: a little
   * less than the real one, never nothing. */
  row = g_object_ref_sink (briefing_event_row_new_lazy ());
  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), event);
  window = show_in_window (row);
  {
    int estimate, height;

    g_assert_false (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Friday, 1 November 2024, in Moscow: North Korea will "
                                         "support Russia until victory in Ukraine, says its "
                                         "foreign minister");
    gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 700, &estimate, NULL, NULL, NULL);
    briefing_lazy_row_build (BRIEFING_LAZY_ROW (row));
    g_assert_true (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
    gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 700, &height, NULL, NULL, NULL);
    g_assert_cmpint (estimate, >=, height * 6 / 10);
    g_assert_cmpint (estimate, <=, height * 11 / 10);

    /* A new event: an estimate again, until built. */
    briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), kursk);
    g_assert_false (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (row);
  g_assert_finalize_object (report);
}

/* The text of @row's heading badge, or NULL when none shows. */
static const char *
shown_badge (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "approximate-badge"))
    return gtk_widget_get_visible (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = shown_badge (child);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* "approximate" for "~", "uncertain" for "?", nothing for a span of days. */
static void
test_event_row_badge (void)
{
  static const struct { const char *id, *badge; } cases[] = {
    { "e02", NULL },            /* 2024-10-21/2024-10-31 */
    { "e05", NULL },            /* 2024-10-XX */
    { "e06", "approximate" },   /* 2024-10~ */
    { "e07", "uncertain" },     /* 2024-11-01? */
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "fuzzy-dates.briefing", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BriefingReport *report = briefing_report_load (file, NULL, &error);
  GtkWidget *row = g_object_ref_sink (briefing_event_row_new ());
  GtkWidget *window;

  g_assert_no_error (error);
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), TRUE);
  window = show_in_window (row);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), find_event (report, cases[i].id));
      g_assert_cmpstr (shown_badge (row), ==, cases[i].badge);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (row);
  g_assert_finalize_object (report);
}

/* Zoomed out, every word of a card is smaller: its date heading, figures
 * and chips as well as its sentences; and of a bubble, the speaker and links. */
static void
test_zoom_whole_row (void)
{
  BriefingReport *report = load_sample ();
  GListModel *events = briefing_report_get_events (report);
  GListModel *turns = briefing_interview_get_turns (first_interview (report));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row = briefing_event_row_new ();
  GtkWidget *bubble = briefing_turn_bubble_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  BriefingEvent *with_figures = NULL;
  BriefingTurn *with_links = NULL;
  GtkWidget *window;

  for (guint i = 0; i < g_list_model_get_n_items (events) && with_figures == NULL; i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_event_get_figures (event)->len > 0 && briefing_event_get_topics (event)->len > 0 &&
          briefing_event_get_quotes (event)->len > 0)
        with_figures = event;
    }
  for (guint i = 0; i < g_list_model_get_n_items (turns) && with_links == NULL; i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      if (briefing_turn_get_events (turn)->len > 0)
        with_links = turn;
    }
  g_assert_nonnull (with_figures);
  g_assert_nonnull (with_links);

  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), bubble);
  window = show_in_window (box);
  /* Zoomed before it is built, as a row is that scrolls into view... */
  briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (row), 1.3);
  briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (bubble), 1.3);
  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), with_figures);
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), TRUE);
  briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubble), with_links);
  briefing_turn_bubble_set_first_of_run (BRIEFING_TURN_BUBBLE (bubble), TRUE);
  assert_labels_scaled (box, 1.3);
  /* ... and after. */
  briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (row), 0.7);
  briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (bubble), 0.7);
  collect_descendants (box, GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, >, 8);
  assert_labels_scaled (box, 0.7);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (report);
}

/* Whether @label shows a search match: a background under some of its text. */
static gboolean
shows_match (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(GSList) list = NULL;
  gboolean found = FALSE;

  if (attrs == NULL)
    return FALSE;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    found |= ((PangoAttribute *) l->data)->klass->type == PANGO_ATTR_BACKGROUND;
  g_slist_foreach (list, (GFunc) pango_attribute_destroy, NULL);
  return found;
}

/* A fact card's words are searched, so they show their matches. */
static void
test_figure_highlight (void)
{
  BriefingReport *report = load_sample ();
  GtkWidget *row = briefing_event_row_new ();
  GtkWidget *window = show_in_window (row);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkLabel *card_label = NULL;

  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), find_event (report, "zelenskyy-urges-allies"));
  briefing_lazy_row_set_search_text (BRIEFING_LAZY_ROW (row), "\"soldiers near\"");
  wait_for_paint (window);
  collect_descendants (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), "North Korean soldiers near the Ukrainian border"))
      card_label = g_ptr_array_index (labels, i);
  g_assert_nonnull (card_label);
  g_assert_true (shows_match (card_label));
  briefing_lazy_row_set_search_text (BRIEFING_LAZY_ROW (row), "");
  g_assert_false (shows_match (card_label));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (report);
}

static void
test_text_highlight (void)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("Drones over Kharkiv, drones again"));
  PangoAttrList *attrs;

  /* No search, normal size: no attributes at all. */
  briefing_text_highlight_label (GTK_LABEL (label), NULL, 1.0);
  g_assert_null (gtk_label_get_attributes (GTK_LABEL (label)));
  briefing_text_highlight_label (GTK_LABEL (label), "", 1.0);
  g_assert_null (gtk_label_get_attributes (GTK_LABEL (label)));

  /* No search, larger: only the scale. */
  briefing_text_highlight_label (GTK_LABEL (label), "", 1.5);
  attrs = gtk_label_get_attributes (GTK_LABEL (label));
  g_assert_nonnull (attrs);
  {
    g_autoptr(GSList) list = pango_attr_list_get_attributes (attrs);

    g_assert_cmpuint (g_slist_length (list), ==, 1);
    g_slist_foreach (list, (GFunc) pango_attribute_destroy, NULL);
  }

  /* Both matches, whatever the case: a background and a foreground each. */
  briefing_text_highlight_label (GTK_LABEL (label), "DRONES", 1.0);
  attrs = gtk_label_get_attributes (GTK_LABEL (label));
  g_assert_nonnull (attrs);
  {
    g_autoptr(GSList) list = pango_attr_list_get_attributes (attrs);

    g_assert_cmpuint (g_slist_length (list), ==, 4);
    g_slist_foreach (list, (GFunc) pango_attribute_destroy, NULL);
  }

  g_assert_finalize_object (label);
}

static void
test_bubble (void)
{
  BriefingReport *report = load_sample ();
  g_autoptr(BriefingTurn) turn = g_list_model_get_item (briefing_interview_get_turns (first_interview (report)), 0);
  GtkWidget *bubble = g_object_ref_sink (briefing_turn_bubble_new ());
  guint notifies = 0;

  g_signal_connect_swapped (bubble, "notify::marked", G_CALLBACK (count_cb), &notifies);
  briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubble), turn);
  briefing_turn_bubble_set_marked (BRIEFING_TURN_BUBBLE (bubble), TRUE, "Mentions the selected topic");
  briefing_turn_bubble_set_marked (BRIEFING_TURN_BUBBLE (bubble), TRUE, "Mentions the selected topic");
  g_assert_cmpuint (notifies, ==, 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bubble), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Mentions the selected topic");
  briefing_turn_bubble_set_marked (BRIEFING_TURN_BUBBLE (bubble), FALSE, NULL);
  g_assert_cmpuint (notifies, ==, 2);
  briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubble), NULL);

  g_assert_finalize_object (bubble);
  g_clear_object (&turn);
  g_assert_finalize_object (report);
}

/* How tall a lazy row is at @width before it is built, and after. */
static void
measure_lazy_row (GtkWidget *row,
                  int        width,
                  int       *estimate,
                  int       *height)
{
  g_assert_false (briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (row)));
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, width, estimate, NULL, NULL, NULL);
  briefing_lazy_row_build (BRIEFING_LAZY_ROW (row));
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, width, height, NULL, NULL, NULL);
}

static void
assert_estimate (int estimate,
                 int height)
{
  g_assert_cmpint (estimate, <=, height * 11 / 10);
  g_assert_cmpint (estimate, >=, height / 2);
}

/* The estimates of rows not built aim low, so that building the rows on
 * screen mostly pushes the others away (see briefing-rows-in-view.c), and
 * not by much, or the scroll bar would lie: every event and turn of the
 * sample, narrow to wide, at two text sizes, within -50 % and +10 %. */
static void
test_estimates (void)
{
  BriefingReport *report = load_sample ();
  GListModel *events = briefing_report_get_events (report);
  GListModel *turns = briefing_interview_get_turns (first_interview (report));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row = briefing_event_row_new_lazy ();
  GtkWidget *bubble = briefing_turn_bubble_new_lazy ();
  const int widths[] = { 360, 700, 1000 };
  const double scales[] = { 1.0, 1.6 };
  GtkWidget *window;
  guint n_checked = 0;

  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), bubble);
  window = show_in_window (box);
  for (gsize s = 0; s < G_N_ELEMENTS (scales); s++)
    for (gsize w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (row), scales[s]);
        briefing_lazy_row_set_text_scale (BRIEFING_LAZY_ROW (bubble), scales[s]);
        for (guint i = 0; i < g_list_model_get_n_items (events); i++)
          {
            g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
            int estimate, height;

            briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), NULL);
            briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), event);
            briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), i % 2 == 0);
            measure_lazy_row (row, widths[w], &estimate, &height);
            assert_estimate (estimate, height);
            n_checked++;
          }
        for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
          {
            g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);
            int estimate, height;

            briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubble), NULL);
            briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubble), turn);
            measure_lazy_row (bubble, widths[w], &estimate, &height);
            assert_estimate (estimate, height);
            n_checked++;
          }
      }
  g_assert_cmpuint (n_checked, ==, 6 * (13 + 14));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (report);
}

static gboolean
has_descendant_with_class (GtkWidget  *widget,
                           const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_descendant_with_class (child, css_class))
      return TRUE;
  return FALSE;
}

/* A lazy row has no widgets until it is first built (no GtkBuilder parse
 * for a row bound off screen), but the first of its class, which reads its
 * template's width cap; it estimates as one that has them, and once built
 * shows what it was given before. */
static void
test_lazy_shell (void)
{
  BriefingReport *report = load_sample ();
  g_autoptr(BriefingTurn) turn = g_list_model_get_item (briefing_interview_get_turns (first_interview (report)), 1);
  g_autoptr(BriefingEvent) event = g_list_model_get_item (briefing_report_get_events (report), 0);
  GtkWidget *first = g_object_ref_sink (briefing_turn_bubble_new_lazy ());
  GtkWidget *made = g_object_ref_sink (briefing_turn_bubble_new_lazy ());
  GtkWidget *shell = g_object_ref_sink (briefing_turn_bubble_new_lazy ());
  GtkWidget *row = g_object_ref_sink (briefing_event_row_new_lazy ());
  GtkWidget *row_shell = g_object_ref_sink (briefing_event_row_new_lazy ());
  GtkWidget *bubbles[] = { made, shell };
  int with_widgets, without;

  g_assert_null (gtk_widget_get_first_child (shell));
  g_assert_null (gtk_widget_get_first_child (row_shell));
  for (gsize i = 0; i < G_N_ELEMENTS (bubbles); i++)
    {
      briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (bubbles[i]), turn);
      briefing_turn_bubble_set_first_of_run (BRIEFING_TURN_BUBBLE (bubbles[i]), FALSE);
      briefing_turn_bubble_set_marked (BRIEFING_TURN_BUBBLE (bubbles[i]), TRUE, "Mentions the selected topic");
    }
  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row_shell), event);
  g_assert_null (gtk_widget_get_first_child (shell));
  g_assert_null (gtk_widget_get_first_child (row_shell));
  g_assert_false (briefing_lazy_row_has_content (BRIEFING_LAZY_ROW (shell)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (shell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Mentions the selected topic");

  /* Built once and put aside, it keeps its widgets, hidden. */
  briefing_lazy_row_build (BRIEFING_LAZY_ROW (made));
  briefing_lazy_row_unbuild (BRIEFING_LAZY_ROW (made));
  g_assert_nonnull (gtk_widget_get_first_child (made));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_first_child (made)));
  gtk_widget_measure (made, GTK_ORIENTATION_VERTICAL, 2000, &with_widgets, NULL, NULL, NULL);
  gtk_widget_measure (shell, GTK_ORIENTATION_VERTICAL, 2000, &without, NULL, NULL, NULL);
  g_assert_cmpint (with_widgets, >, 0);
  g_assert_cmpint (without, ==, with_widgets);

  briefing_lazy_row_build (BRIEFING_LAZY_ROW (shell));
  briefing_lazy_row_build (BRIEFING_LAZY_ROW (row_shell));
  g_assert_true (briefing_lazy_row_has_content (BRIEFING_LAZY_ROW (shell)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_first_child (shell)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_first_child (row_shell)));
  /* Marked before it had widgets: the bubble says so once built. */
  g_assert_true (has_descendant_with_class (shell, "marked"));
  g_assert_false (has_descendant_with_class (first, "marked"));

  g_assert_finalize_object (first);
  g_assert_finalize_object (made);
  g_assert_finalize_object (shell);
  g_assert_finalize_object (row);
  g_assert_finalize_object (row_shell);
  g_clear_object (&turn);
  g_clear_object (&event);
  g_assert_finalize_object (report);
}

int
main (int   argc,
      char *argv[])
{
  test_ui_init (&argc, &argv);

  g_test_add_func ("/rows/chip", test_chip);
  g_test_add_func ("/rows/chip-details", test_chip_details);
  g_test_add_func ("/rows/chip-room", test_chip_room);
  g_test_add_func ("/rows/steady-label", test_steady_label);
  g_test_add_func ("/rows/figure-meter", test_figure_meter);
  g_test_add_func ("/rows/event-row", test_event_row);
  g_test_add_func ("/rows/event-row-badge", test_event_row_badge);
  g_test_add_func ("/rows/text-highlight", test_text_highlight);
  g_test_add_func ("/rows/figure-highlight", test_figure_highlight);
  g_test_add_func ("/rows/zoom-whole-row", test_zoom_whole_row);
  g_test_add_func ("/rows/turn-bubble", test_bubble);
  g_test_add_func ("/rows/estimates", test_estimates);
  g_test_add_func ("/rows/lazy-shell", test_lazy_shell);

  return g_test_run ();
}
