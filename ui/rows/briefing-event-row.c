/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "briefing-language.h"
#include "briefing-chip.h"
#include "briefing-direction.h"
#include "briefing-copy-text.h"
#include "briefing-event-row.h"
#include "briefing-format.h"
#include "briefing-figure-meter.h"
#include "briefing-flash.h"
#include "briefing-reader-state.h"
#include "briefing-text-estimate.h"
#include "briefing-row-focus.h"
#include "briefing-text-dialog.h"
#include "briefing-text-highlight.h"
#include "briefing-wrap-box.h"

struct _BriefingEventRow
{
  BriefingLazyRow parent_instance;

  BriefingEvent *event;
  char          *date;          /* the event's date, formatted once */
  gboolean       show_heading;
  GtkTextDirection text_direction;  /* the report's language's */


  /* template children */
  GtkWidget     *heading_box;
  GtkLabel      *heading_label;
  GtkWidget     *heading_badge;
  GtkWidget     *card;
  GtkLabel      *meta_label;
  GtkLabel      *headline_label;
  GtkLabel      *body_label;
  BriefingWrapBox *figures_box;
  GtkBox        *quotes_box;
  GtkLabel      *attribution_label;
  GtkWidget     *show_all_button;
  BriefingWrapBox *chips_box;
};

G_DEFINE_FINAL_TYPE (BriefingEventRow, briefing_event_row, BRIEFING_TYPE_LAZY_ROW)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_SHOW_HEADING,
  N_PROPS
};

enum {
  TOPIC_ACTIVATED,
  ENTITY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* How long a row stays lit after the reader jumps to it. */

static void
remove_box_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkLabel *
quote_text_label (GtkWidget *quote)
{
  return GTK_LABEL (gtk_widget_get_first_child (quote));
}

static char *
format_meta (BriefingEvent *event,
             const char    *resolved)
{
  BriefingEntity *place = briefing_event_get_place (event);

  return briefing_format_event_meta (briefing_event_get_date_text (event), resolved,
                                     briefing_event_get_time_of_day (event),
                                     place != NULL ? briefing_entity_get_name (place) : NULL);
}

static char *
describe_event (BriefingEvent *event,
                const char    *date)
{
  BriefingEntity *place = briefing_event_get_place (event);

  if (place != NULL)
    /* Translators: an event read out: "<date>, in <place>: <headline>" */
    return g_strdup_printf (_("%s, in %s: %s"), date,
                            briefing_entity_get_name (place),
                            briefing_event_get_headline (event));
  /* Translators: an event read out: "<date>: <headline>" */
  return g_strdup_printf (C_("event", "%s: %s"), date, briefing_event_get_headline (event));
}

/* In a view: the event, in the direction of its report's language. */
static void
briefing_event_row_set_item (BriefingLazyRow *row,
                             gpointer         event)
{
  BriefingReaderState *state = briefing_lazy_row_get_state (row);

  briefing_event_row_set_event (BRIEFING_EVENT_ROW (row), event);
  briefing_event_row_set_text_direction (BRIEFING_EVENT_ROW (row),
                                         briefing_direction_of_report (state != NULL ? briefing_reader_state_get_report (state) : NULL));
}

/* A run is a date group: its first row shows the date. */
static void
briefing_event_row_set_starts_run (BriefingLazyRow *row,
                                   gboolean         starts_run)
{
  briefing_event_row_set_show_heading (BRIEFING_EVENT_ROW (row), starts_run);
}

static void
briefing_event_row_update_text (BriefingLazyRow *row)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (row);
  const char *search_text = briefing_lazy_row_get_search_text (row);
  double text_scale = briefing_lazy_row_get_text_scale (row);
  GtkWidget *quote;

  briefing_text_highlight_label (self->meta_label, search_text, text_scale);
  briefing_text_highlight_label (self->headline_label, search_text, text_scale);
  briefing_text_highlight_label (self->body_label, search_text, text_scale);
  briefing_text_highlight_label (self->attribution_label, search_text, text_scale);
  /* Who said a quote, scaled; then its words, highlighted too. */
  briefing_text_scale_labels (GTK_WIDGET (self->quotes_box), text_scale);
  for (quote = gtk_widget_get_first_child (GTK_WIDGET (self->quotes_box));
       quote != NULL;
       quote = gtk_widget_get_next_sibling (quote))
    briefing_text_highlight_label (quote_text_label (quote), search_text, text_scale);
  /* The fact cards are searched too: their matches show. */
  briefing_text_highlight_labels (GTK_WIDGET (self->figures_box), search_text, text_scale);
  /* The rest of the card is as large as its text. */
  briefing_text_scale_labels (GTK_WIDGET (self->heading_label), text_scale);
  briefing_text_scale_labels (GTK_WIDGET (self->chips_box), text_scale);
  briefing_text_scale_labels (self->show_all_button, text_scale);
}

/* A long text shows its start (see "Show All"); a copy only then. */
static void
set_shown_text (GtkLabel   *label,
                const char *text)
{
  g_autofree char *cut = NULL;

  if (briefing_format_is_long_text (text))
    text = cut = briefing_format_cut_text (text);
  gtk_label_set_text (label, text != NULL ? text : "");
}

static char *new_quote_text   (const char     *text);
static char *new_speaker_text (BriefingEntity *speaker);

/* @text and then the event's quotes and attribution, whole, as the card shows
 * them: they can be long too. */
static void
add_quotes_and_attribution (BriefingEvent *event,
                            GString       *whole)
{
  GPtrArray *quotes = briefing_event_get_quotes (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);

  for (guint i = 0; i < quotes->len; i++)
    {
      BriefingQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *quoted = new_quote_text (quote->text);
      g_autofree char *speaker = new_speaker_text (quote->speaker);

      g_string_append_printf (whole, "\n\n%s\n%s", quoted, speaker);
    }
  if (attribution != NULL)
    {
      g_autofree char *capitalized = briefing_text_capitalize (attribution->text);

      g_string_append_printf (whole, "\n\n%s", capitalized);
    }
}

/* Whether the card shows only the start of one of its texts. */
static gboolean
has_long_text (BriefingEvent *event)
{
  GPtrArray *quotes = briefing_event_get_quotes (event);
  BriefingAttribution *attribution = briefing_event_get_attribution (event);

  if (briefing_format_is_long_text (briefing_event_get_headline (event)) ||
      briefing_format_is_long_text (briefing_event_get_body (event)) ||
      (attribution != NULL && briefing_format_is_long_text (attribution->text)))
    return TRUE;
  for (guint i = 0; i < quotes->len; i++)
    if (briefing_format_is_long_text (((BriefingQuote *) g_ptr_array_index (quotes, i))->text))
      return TRUE;
  return FALSE;
}

/* The whole of a text the card shows the start of. */
static void
on_show_all_clicked_cb (BriefingEventRow *self)
{
  const char *body;
  g_autoptr(GString) text = NULL;

  if (self->event == NULL)
    return;
  body = briefing_event_get_body (self->event);
  text = g_string_new (briefing_event_get_headline (self->event));
  g_string_append_printf (text, "\n\n%s", body != NULL ? body : "");
  add_quotes_and_attribution (self->event, text);
  briefing_text_dialog_present (GTK_WIDGET (self), _("Event"), text->str);
}

static void
on_chip_clicked_cb (BriefingChip     *chip,
                    BriefingEventRow *self)
{
  GObject *item = briefing_chip_get_item (chip);

  if (BRIEFING_IS_TOPIC (item))
    g_signal_emit (self, signals[TOPIC_ACTIVATED], 0, item);
  else
    g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, item);
}

static void
add_chip (BriefingEventRow *self,
          GObject          *item)
{
  GtkWidget *chip = briefing_chip_new (item);

  g_signal_connect_object (chip, "clicked", G_CALLBACK (on_chip_clicked_cb), self, 0);
  briefing_wrap_box_append (self->chips_box, chip);
}

static char *
new_quote_text (const char *text)
{
  /* Translators: a quotation as shown, in the language's quotation marks */
  return g_strdup_printf (_("“%s”"), text);
}

static char *
new_speaker_text (BriefingEntity *speaker)
{
  g_autofree char *name = briefing_text_isolate (briefing_entity_get_name (speaker));

  /* Translators: who said a quotation: "— Sergei Lavrov" */
  return g_strdup_printf (_("— %s"), name);
}

static GtkWidget *
new_quote (BriefingQuote *quote)
{
  /* A long one shows its start, as the body does (see "Show All"). */
  g_autofree char *shown = briefing_format_cut_text (quote->text);
  g_autofree char *text = new_quote_text (shown);
  g_autofree char *speaker = new_speaker_text (quote->speaker);
  /* Translators: how a quotation is read out: "Sergei Lavrov: very close contacts" */
  g_autofree char *accessible = g_strdup_printf (_("%s said: %s"),
                                                 briefing_entity_get_name (quote->speaker),
                                                 shown);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "quote");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  briefing_text_set_selectable_only (GTK_LABEL (label));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "body");
  gtk_widget_add_css_class (label, "quote-text");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (speaker);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* "approximate" for "~" and "%", "uncertain" for "?" alone. */
static void
update_badge (BriefingEventRow *self)
{
  const BriefingDate *date = briefing_event_get_date (self->event);
  gboolean approximate = (date->flags & BRIEFING_DATE_APPROXIMATE) != 0;

  gtk_widget_set_visible (self->heading_badge, briefing_date_is_fuzzy (date));
  if (!briefing_date_is_fuzzy (date))
    return;
  gtk_label_set_text (GTK_LABEL (self->heading_badge),
                      approximate ? C_("date", "approximate") : C_("date", "uncertain"));
  gtk_widget_set_tooltip_text (self->heading_badge,
                               approximate ? _("The report gives this date only approximately")
                                           : _("The report gives this date as uncertain"));
  /* The badge's words are for the eyes; say what they mean. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading_badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  approximate ? _("The date is approximate") : _("The date is uncertain"),
                                  -1);
}

static void
update_heading (BriefingEventRow *self)
{
  if (!briefing_lazy_row_get_built (BRIEFING_LAZY_ROW (self)))
    return;

  gtk_widget_set_visible (self->heading_box, self->show_heading && self->event != NULL);
  if (self->event == NULL)
    return;

  gtk_label_set_text (self->heading_label, self->date);
  update_badge (self);
}

/* Fills the widgets with the event: most of a row's cost, with laying them out. */
static void
briefing_event_row_build (BriefingLazyRow *row)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (row);
  BriefingEvent *event = self->event;
  g_autofree char *meta = NULL;
  BriefingAttribution *attribution;
  const char *body;
  GPtrArray *parts;

  briefing_wrap_box_remove_all (self->figures_box);
  remove_box_children (self->quotes_box);
  briefing_wrap_box_remove_all (self->chips_box);
  update_heading (self);

  gtk_widget_set_visible (self->card, event != NULL);
  if (event == NULL)
    return;

  meta = format_meta (event, self->date);
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), *meta != '\0');

  set_shown_text (self->headline_label, briefing_event_get_headline (event));
  body = briefing_event_get_body (event);
  set_shown_text (self->body_label, body);
  gtk_widget_set_visible (self->show_all_button, has_long_text (event));
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), body != NULL && *body != '\0');

  parts = briefing_event_get_figures (event);
  for (guint i = 0; i < parts->len; i++)
    briefing_wrap_box_append (self->figures_box, briefing_figure_meter_new (g_ptr_array_index (parts, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->figures_box), parts->len > 0);

  parts = briefing_event_get_quotes (event);
  for (guint i = 0; i < parts->len; i++)
    gtk_box_append (self->quotes_box, new_quote (g_ptr_array_index (parts, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->quotes_box), parts->len > 0);

  attribution = briefing_event_get_attribution (event);
  if (attribution != NULL)
    {
      g_autofree char *text = briefing_text_capitalize (attribution->text);

      set_shown_text (self->attribution_label, text);
    }
  else
    gtk_label_set_text (self->attribution_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->attribution_label), attribution != NULL);

  parts = briefing_event_get_topics (event);
  for (guint i = 0; i < parts->len; i++)
    add_chip (self, g_ptr_array_index (parts, i));
  parts = briefing_event_get_actors (event);
  for (guint i = 0; i < parts->len; i++)
    add_chip (self, g_ptr_array_index (parts, i));
  gtk_widget_set_visible (GTK_WIDGET (self->chips_box),
                          briefing_wrap_box_get_n_children (self->chips_box) > 0);

  briefing_event_row_update_text (row);
  /* Widgets made for this event take the report's direction too, where it is
   * not the interface's already. */
  if (briefing_direction_differs (self->text_direction))
    briefing_direction_set_recursive (GTK_WIDGET (self), self->text_direction);
}

static void
update_event (BriefingEventRow *self)
{
  g_autofree char *accessible = NULL;

  g_clear_pointer (&self->date, g_free);
  if (self->event != NULL)
    {
      self->date = briefing_date_format (briefing_event_get_date (self->event));
      accessible = describe_event (self->event, self->date);
    }
  briefing_lazy_row_reset (BRIEFING_LAZY_ROW (self), accessible);
}

/* Sizes of the row's parts, in pixels, from briefing-event-row.ui and
 * style.css; what only an estimate needs. */
#define HEADING_HEIGHT    48   /* the date heading: margin, padding, a line, spacing */
#define CARD_PADDING_X    36
#define CARD_PADDING_Y    30
#define CARD_SPACING       8
#define FIGURE_HEIGHT     64
#define FIGURE_WIDTH     240   /* figures wrap side by side */
#define CHIPS_HEIGHT      34

/* The lines of what the row shows of @text. */
static int
estimate_lines (const BriefingTextMetrics *metrics,
                const char                *text,
                int                        width,
                double                     font_factor)
{
  g_autofree char *cut = NULL;

  if (!briefing_format_is_long_text (text))
    return briefing_text_estimate_lines (metrics, text, width, font_factor);
  cut = briefing_format_cut_text (text);
  return briefing_text_estimate_lines (metrics, cut, width, font_factor) + 1;  /* and "Show All" */
}

/* How tall the row will be at @width once built, give or take: see
 * briefing-text-estimate.h. */
static int
briefing_event_row_estimate_height (BriefingLazyRow *row,
                                    int              width)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (row);
  BriefingEvent *event = self->event;
  const BriefingTextMetrics *metrics;
  BriefingAttribution *attribution;
  GPtrArray *quotes;
  int text_width, line, height;

  if (event == NULL)
    return 0;

  metrics = briefing_lazy_row_get_metrics (row);
  line = metrics->line_height;
  text_width = briefing_lazy_row_get_content_width (row, width) - CARD_PADDING_X;

  /* GTK adds the row's own CSS padding around this. */
  height = CARD_PADDING_Y + line;
  if (self->show_heading)
    height += HEADING_HEIGHT;
  height += CARD_SPACING + (int) (estimate_lines (metrics, briefing_event_get_headline (event),
                                                  text_width, 1.15) * line * 1.15);
  if (briefing_event_get_body (event) != NULL)
    height += CARD_SPACING + (int) (estimate_lines (metrics, briefing_event_get_body (event),
                                                    text_width, 1.0) * line * 1.4);
  if (briefing_event_get_figures (event)->len > 0)
    {
      guint per_line = MAX (1, text_width / FIGURE_WIDTH);
      guint n_lines = (briefing_event_get_figures (event)->len + per_line - 1) / per_line;

      height += CARD_SPACING + n_lines * (FIGURE_HEIGHT + 12) - 12;
    }
  quotes = briefing_event_get_quotes (event);
  for (guint i = 0; i < quotes->len; i++)
    {
      BriefingQuote *quote = g_ptr_array_index (quotes, i);

      height += CARD_SPACING + (estimate_lines (metrics, quote->text, text_width, 1.0) + 1) * line;
    }
  attribution = briefing_event_get_attribution (event);
  if (attribution != NULL)
    height += CARD_SPACING + estimate_lines (metrics, attribution->text, text_width, 0.8) * line;
  if (briefing_event_get_topics (event)->len + briefing_event_get_actors (event)->len > 0)
    height += CARD_SPACING + CHIPS_HEIGHT;

  return height;
}

static void
briefing_event_row_flash (BriefingLazyRow *row)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (row);

  if (self->card != NULL)
    briefing_flash_widget (self->card);
}

static char *
briefing_event_row_copy_text (BriefingLazyRow *row)
{
  BriefingEvent *event = BRIEFING_EVENT_ROW (row)->event;
  BriefingReport *report = briefing_lazy_row_get_report (row);

  return event != NULL && report != NULL ? briefing_copy_text_event (event, report) : NULL;
}

static void
briefing_event_row_dispose (GObject *object)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (object);

  /* The root, "clamp", is bound: it goes with the template, if made. */
  if (briefing_lazy_row_has_content (BRIEFING_LAZY_ROW (self)))
    gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EVENT_ROW);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (briefing_event_row_parent_class)->dispose (object);
}

static void
briefing_event_row_finalize (GObject *object)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (briefing_event_row_parent_class)->finalize (object);
}

static void
briefing_event_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_SHOW_HEADING:
      g_value_set_boolean (value, self->show_heading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      briefing_event_row_set_event (self, g_value_get_object (value));
      break;
    case PROP_SHOW_HEADING:
      briefing_event_row_set_show_heading (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
briefing_event_row_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  return briefing_row_focus (widget, direction, GTK_WIDGET_CLASS (briefing_event_row_parent_class));
}

/* The template, when the row is first built: a row bound off screen has
 * none (see briefing-lazy-row.h). What build() fills is all it shows. */
static void
briefing_event_row_init_content (BriefingLazyRow *row)
{
  BriefingEventRow *self = BRIEFING_EVENT_ROW (row);

  gtk_widget_init_template (GTK_WIDGET (self));
  briefing_text_set_selectable_only (self->headline_label);
  briefing_text_set_selectable_only (self->body_label);
  briefing_text_set_selectable_only (self->attribution_label);
}

static void
briefing_event_row_class_init (BriefingEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BriefingLazyRowClass *lazy_row_class = BRIEFING_LAZY_ROW_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_event_row_dispose;
  widget_class->focus = briefing_event_row_focus;
  object_class->finalize = briefing_event_row_finalize;
  object_class->get_property = briefing_event_row_get_property;
  object_class->set_property = briefing_event_row_set_property;
  lazy_row_class->init_content = briefing_event_row_init_content;
  lazy_row_class->build = briefing_event_row_build;
  lazy_row_class->estimate_height = briefing_event_row_estimate_height;
  lazy_row_class->update_text = briefing_event_row_update_text;
  lazy_row_class->set_starts_run = briefing_event_row_set_starts_run;
  lazy_row_class->set_item = briefing_event_row_set_item;
  lazy_row_class->flash = briefing_event_row_flash;
  lazy_row_class->copy_text = briefing_event_row_copy_text;
  lazy_row_class->copy_label = N_("Copy Event as Text");

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, BRIEFING_TYPE_EVENT, flags);
  properties[PROP_SHOW_HEADING] =
    g_param_spec_boolean ("show-heading", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOPIC_ACTIVATED] =
    g_signal_new ("topic-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_TOPIC);
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_ENTITY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-event-row.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "clamp", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, heading_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, heading_badge);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, card);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, body_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, figures_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, quotes_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, attribution_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventRow, show_all_button);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "eventrow");

  g_type_ensure (BRIEFING_TYPE_WRAP_BOX);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
briefing_event_row_init (BriefingEventRow *self)
{
  update_event (self);
}

GtkWidget *
briefing_event_row_new (void)
{
  return g_object_new (BRIEFING_TYPE_EVENT_ROW, NULL);
}

/**
 * briefing_event_row_new_lazy:
 *
 * Returns: a row for a list view, which builds its widgets only when it
 *   comes into view (see briefing-lazy-row.h)
 */
GtkWidget *
briefing_event_row_new_lazy (void)
{
  return g_object_new (BRIEFING_TYPE_EVENT_ROW, "lazy", TRUE, NULL);
}

BriefingEvent *
briefing_event_row_get_event (BriefingEventRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT_ROW (self), NULL);

  return self->event;
}

/**
 * briefing_event_row_set_text_direction:
 * @direction: the direction of the report's language, or %GTK_TEXT_DIR_NONE
 *
 * An event is the report's own words: the row reads in the direction of the
 * report's language, whatever the interface's.
 */
void
briefing_event_row_set_text_direction (BriefingEventRow *self,
                                       GtkTextDirection  direction)
{
  g_return_if_fail (BRIEFING_IS_EVENT_ROW (self));

  if (self->text_direction == direction)
    return;
  /* Walking every widget of every row bound costs: only when it changes what
   * they show. */
  if (briefing_direction_differs (self->text_direction) || briefing_direction_differs (direction))
    briefing_direction_set_recursive (GTK_WIDGET (self), direction);
  self->text_direction = direction;
}

void
briefing_event_row_set_event (BriefingEventRow *self,
                              BriefingEvent    *event)
{
  g_return_if_fail (BRIEFING_IS_EVENT_ROW (self));
  g_return_if_fail (event == NULL || BRIEFING_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  if (self->card != NULL)
    briefing_flash_stop (self->card);
  update_event (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

gboolean
briefing_event_row_get_show_heading (BriefingEventRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT_ROW (self), FALSE);

  return self->show_heading;
}

void
briefing_event_row_set_show_heading (BriefingEventRow *self,
                                     gboolean          show_heading)
{
  g_return_if_fail (BRIEFING_IS_EVENT_ROW (self));

  show_heading = !!show_heading;
  if (self->show_heading == show_heading)
    return;

  self->show_heading = show_heading;
  update_heading (self);
  briefing_lazy_row_queue_estimate (BRIEFING_LAZY_ROW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_HEADING]);
}


/**
 * briefing_event_describe:
 *
 * Returns: (transfer full): the event in one sentence, for screen readers:
 *   "Friday, 1 November 2024, in Moscow: North Korea will support Russia…"
 */
char *
briefing_event_describe (BriefingEvent *event)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (BRIEFING_IS_EVENT (event), NULL);

  date = briefing_date_format (briefing_event_get_date (event));
  return describe_event (event, date);
}
