/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor of startup with text: a bare AdwApplicationWindow showing the
 * text of Briefing's first screen of the sample, as plain labels in boxes
 * (see run_text_window()). */
#include "config.h"

#include <adwaita.h>

#include "benchmark-floors.h"
#include "briefing-loader.h"

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* The sidebar's text: each topic's and entity's title and counts. */
static GtkWidget *
sidebar_text (BriefingReport *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GListModel *topics = briefing_report_get_topics (report);
  GListModel *entities = briefing_report_get_entities (report);

  g_autofree char *all = g_strdup_printf ("%u events",
                                          g_list_model_get_n_items (briefing_report_get_events (report)));

  add_label (box, "All Topics", NULL, TRUE);
  add_label (box, all, "caption", TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);
      g_autofree char *counts = g_strdup_printf ("%u events", briefing_topic_get_n_events (topic));

      add_label (box, briefing_topic_get_title (topic), NULL, TRUE);
      add_label (box, counts, "caption", TRUE);
    }
  add_label (box, "People", "heading", TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, i);

      add_label (box, briefing_entity_get_name (entity), NULL, TRUE);
      /* As long as a count of events and turns. */
      add_label (box, "1 event, 1 turn", "caption", TRUE);
    }
  gtk_widget_set_size_request (box, 280, -1);
  return box;
}

/* The first events' cards: their date, headline, body and attribution. */
static GtkWidget *
timeline_text (BriefingReport *report,
               guint           n_events)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GListModel *events = briefing_report_get_events (report);

  add_label (box, "October 2024 – 1 November 2024", "title-3", TRUE);
  for (guint i = 0; i < MIN (n_events, g_list_model_get_n_items (events)); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      BriefingAttribution *attribution = briefing_event_get_attribution (event);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (card, "card");
      add_label (card, briefing_event_get_date_text (event), "caption", TRUE);
      add_label (card, briefing_event_get_headline (event), "heading", TRUE);
      add_label (card, briefing_event_get_body (event), NULL, TRUE);
      if (attribution != NULL)
        add_label (card, attribution->text, "caption", TRUE);
      gtk_box_append (GTK_BOX (box), card);
    }
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *scrolled_window = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled_window),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled_window), child);
  gtk_widget_set_vexpand (scrolled_window, TRUE);
  return scrolled_window;
}

/**
 * run_text_window:
 *
 * Exec → the first frame of a bare AdwApplicationWindow that shows, as
 * plain labels, the text Briefing's first screen of the sample shows: the
 * header's title and subtitle, the sidebar's titles and counts, the first
 * three events' date, headline, body and attribution. No list views, no
 * rows, no time overview: what laying the same text out costs by itself,
 * the sample read as Briefing reads it.
 */
int
run_text_window (int width,
                 int height)
{
  g_autoptr(AdwApplication) application = bare_application_new ("io.github.briefing.BareText");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_uri (SAMPLE_REPORT_URI);
  g_autoptr(BriefingReport) report = NULL;
  GtkWidget *window, *panes;

  if (application == NULL)
    return 1;
  report = briefing_report_load (file, NULL, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (panes), scrolled (sidebar_text (report)));
  gtk_box_append (GTK_BOX (panes), scrolled (timeline_text (report, 3)));
  window = present_bare_window (application,
                                adw_window_title_new (briefing_report_get_title (report),
                                                      briefing_report_get_subtitle (report)),
                                panes, width, height,
                                "bare AdwApplicationWindow with the sample's first screen of text", "text");
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (application));
  return 0;
}
