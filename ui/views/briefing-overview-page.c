/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "briefing-page-layout.h"
#include "briefing-direction.h"
#include "briefing-overview-page.h"
#include "briefing-text-highlight.h"
#include "briefing-uri.h"

struct _BriefingOverviewPage
{
  GtkWidget       parent_instance;

  GtkWidget      *scrolled_window;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *byline_label;
  GtkLabel       *summary_label;
  AdwActionRow   *source_row;
  AdwActionRow   *address_row;
  GtkWidget      *source_link_icon;
  AdwActionRow   *published_row;
  AdwActionRow   *authors_row;
  AdwActionRow   *contents_row;
  GtkWidget      *eras_heading;
  GtkListBox     *eras_list;

  BriefingReport *report;
};

G_DEFINE_FINAL_TYPE (BriefingOverviewPage, briefing_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Report text goes in as text: labels here never parse markup. */
static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

static char *
format_contents (BriefingReport *report)
{
  guint n_topics = g_list_model_get_n_items (briefing_report_get_topics (report));
  guint n_events = g_list_model_get_n_items (briefing_report_get_events (report));
  guint n_interviews = g_list_model_get_n_items (briefing_report_get_interviews (report));
  guint n_turns = briefing_report_get_n_turns (report);
  guint n_entities = g_list_model_get_n_items (briefing_report_get_entities (report));
  guint n_eras = g_list_model_get_n_items (briefing_report_get_eras (report));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u topic", "%'u topics", n_topics), n_topics));
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u event", "%'u events", n_events), n_events));
  if (n_interviews > 0)
    {
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u interview", "%'u interviews", n_interviews),
                                               n_interviews));
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u turn", "%'u turns", n_turns), n_turns));
    }
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u person, organization or place",
                                                     "%'u people, organizations and places",
                                                     n_entities),
                                           n_entities));
  if (n_eras > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u era", "%'u eras", n_eras), n_eras));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of a list of counts */
  return g_strjoinv (C_("counts", ", "), (char **) parts->pdata);
}

/* An era's row: its title, its span, and what it is. Report text, so no markup. */
static GtkWidget *
create_era_row (gpointer item,
                gpointer user_data)
{
  BriefingEra *era = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *span = briefing_date_format (briefing_era_get_date (era));
  const char *description = briefing_era_get_description (era);
  g_autofree char *subtitle = description != NULL && *description != '\0'
                            ? g_strconcat (span, "\n", description, NULL) : g_strdup (span);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), briefing_era_get_title (era));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
update_eras (BriefingOverviewPage *self)
{
  GListModel *eras = self->report != NULL ? briefing_report_get_eras (self->report) : NULL;
  gboolean any = eras != NULL && g_list_model_get_n_items (eras) > 0;

  gtk_list_box_bind_model (self->eras_list, any ? eras : NULL, create_era_row, NULL, NULL);
  gtk_widget_set_visible (self->eras_heading, any);
  gtk_widget_set_visible (GTK_WIDGET (self->eras_list), any);
}

static void
update (BriefingOverviewPage *self)
{
  BriefingReport *report = self->report;
  const char * const *authors;
  const BriefingDate *published;
  const char *source_url;
  g_autofree char *date = NULL;
  g_autofree char *authors_text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) byline = g_ptr_array_new ();
  g_autofree char *byline_text = NULL;
  gboolean web;

  update_eras (self);
  if (report == NULL)
    {
      set_label (self->title_label, NULL);
      set_label (self->subtitle_label, NULL);
      set_label (self->byline_label, NULL);
      set_label (self->summary_label, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.open-source", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.copy-address", FALSE);
      return;
    }

  authors = briefing_report_get_authors (report);
  published = briefing_report_get_published (report);
  source_url = briefing_report_get_source_url (report);
  if (published != NULL)
    date = briefing_date_format (published);
  if (authors != NULL && authors[0] != NULL)
    /* Translators: what separates the names of a report's authors: "Ann Lee, Bo Kim" */
    authors_text = g_strjoinv (C_("list", ", "), (char **) authors);
  contents = format_contents (report);

  if (briefing_report_get_source_name (report) != NULL)
    g_ptr_array_add (byline, (gpointer) briefing_report_get_source_name (report));
  if (date != NULL)
    g_ptr_array_add (byline, date);
  g_ptr_array_add (byline, NULL);
  byline_text = g_strjoinv (C_("separator", " · "), (char **) byline->pdata);

  set_label (self->title_label, briefing_report_get_title (report));
  set_label (self->subtitle_label, briefing_report_get_subtitle (report));
  set_label (self->byline_label, byline_text);
  set_label (self->summary_label, briefing_report_get_summary (report));

  web = briefing_uri_is_web (source_url);
  set_row (self->source_row, briefing_report_get_source_name (report));
  /* The address whole, wrapped where it must be: a reader sees where a link goes. */
  set_row (self->address_row, source_url);
  gtk_widget_set_visible (self->source_link_icon, web);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->address_row), source_url);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->address_row), web);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.open-source", web);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.copy-address", source_url != NULL);

  set_row (self->published_row, date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->authors_row),
                                 ngettext ("Author", "Authors",
                                           authors != NULL ? g_strv_length ((char **) authors) : 0));
  set_row (self->authors_row, authors_text);
  set_row (self->contents_row, contents);
}

static void
open_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BriefingOverviewPage *self = BRIEFING_OVERVIEW_PAGE (widget);
  const char *url;

  if (self->report == NULL)
    return;
  url = briefing_report_get_source_url (self->report);
  /* The loader checks it too; a link in a file is never trusted to run anything. */
  if (!briefing_uri_is_web (url))
    return;
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), url, GDK_CURRENT_TIME);
}

static void
copy_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BriefingOverviewPage *self = BRIEFING_OVERVIEW_PAGE (widget);

  if (self->report == NULL || briefing_report_get_source_url (self->report) == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), briefing_report_get_source_url (self->report));
  g_signal_emit (self, signals[COPIED], 0);
}

static void
on_copy_address_clicked_cb (BriefingOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "overview.copy-address", NULL);
}

/* Not an actionable row: the page moves within the window's stack, and a
 * moved GtkActionable in GTK 4.8 may keep the state of its old place. */
static void
on_source_row_activated_cb (BriefingOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "overview.open-source", NULL);
}

static void
briefing_overview_page_dispose (GObject *object)
{
  BriefingOverviewPage *self = BRIEFING_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (briefing_overview_page_parent_class)->dispose (object);
}

static void
briefing_overview_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingOverviewPage *self = BRIEFING_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_overview_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingOverviewPage *self = BRIEFING_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      briefing_overview_page_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_overview_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (briefing_overview_page_parent_class)->map (widget);
  briefing_page_layout_widget_mapped (widget);
}

static void
briefing_overview_page_class_init (BriefingOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_overview_page_dispose;
  object_class->get_property = briefing_overview_page_get_property;
  object_class->set_property = briefing_overview_page_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After the source's address went to the clipboard: the window says so. */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "overview.open-source", NULL, open_source_action);
  gtk_widget_class_install_action (widget_class, "overview.copy-address", NULL, copy_address_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/briefing-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, byline_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, source_link_icon);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, published_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, authors_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, contents_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, eras_heading);
  gtk_widget_class_bind_template_child (widget_class, BriefingOverviewPage, eras_list);
  gtk_widget_class_bind_template_callback (widget_class, on_source_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_address_clicked_cb);
  /* A page of the window's view stack: out of sight, it is not measured. */
  gtk_widget_class_set_layout_manager_type (widget_class, BRIEFING_TYPE_PAGE_LAYOUT);
  widget_class->map = briefing_overview_page_map;
  gtk_widget_class_set_css_name (widget_class, "briefing-overview-page");
}

static void
briefing_overview_page_init (BriefingOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Selected with the pointer; Tab goes on to the rows. */
  briefing_text_set_selectable_only (self->summary_label);
  update (self);
}

GtkWidget *
briefing_overview_page_new (void)
{
  return g_object_new (BRIEFING_TYPE_OVERVIEW_PAGE, NULL);
}

BriefingReport *
briefing_overview_page_get_report (BriefingOverviewPage *self)
{
  g_return_val_if_fail (BRIEFING_IS_OVERVIEW_PAGE (self), NULL);

  return self->report;
}

void
briefing_overview_page_set_report (BriefingOverviewPage *self,
                                   BriefingReport       *report)
{
  g_return_if_fail (BRIEFING_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (!report || BRIEFING_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  /* The report's own words read in its language's direction; the byline and
   * the rows below are the interface's. */
  gtk_widget_set_direction (GTK_WIDGET (self->title_label), briefing_direction_of_report (report));
  gtk_widget_set_direction (GTK_WIDGET (self->subtitle_label), briefing_direction_of_report (report));
  gtk_widget_set_direction (GTK_WIDGET (self->summary_label), briefing_direction_of_report (report));
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}
