/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "briefing-copy-text.h"
#include "briefing-direction.h"
#include "briefing-format.h"
#include "briefing-language.h"
#include "briefing-reader-state.h"
#include "briefing-text-estimate.h"
#include "briefing-row-focus.h"
#include "briefing-text-dialog.h"
#include "briefing-text-highlight.h"
#include "briefing-flash.h"
#include "briefing-turn-bubble.h"

struct _BriefingTurnBubble
{
  BriefingLazyRow parent_instance;

  BriefingTurn *turn;
  gboolean      first_of_run;
  gboolean      marked;
  char         *mark_why;       /* why it is marked, shown when it is */


  /* template children */
  GtkBox       *layout;
  GtkWidget    *avatar_slot;
  AdwAvatar    *avatar;
  GtkWidget    *content;
  GtkWidget    *header_box;
  GtkLabel     *name_label;
  GtkLabel     *role_label;
  GtkWidget    *bubble;
  GtkLabel     *text_label;
  GtkWidget    *show_all_button;   /* made when first needed */
  GtkTextDirection text_direction;  /* the report's language's */
  GtkWidget    *mark_box;
  GtkLabel     *mark_label;
  GtkBox       *links_box;
};

G_DEFINE_FINAL_TYPE (BriefingTurnBubble, briefing_turn_bubble, BRIEFING_TYPE_LAZY_ROW)

enum {
  PROP_0,
  PROP_TURN,
  PROP_FIRST_OF_RUN,
  PROP_MARKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The link to the turn's @link-th event: the view that lists the bubble
 * follows it ("view.show-event"). */
static GtkWidget *
new_link (BriefingTurnBubble *self,
          guint               link)
{
  BriefingEvent *event = g_ptr_array_index (briefing_turn_get_events (self->turn), link);
  const char *words = briefing_event_get_headline (event);
  g_autofree char *headline = self->text_direction == GTK_TEXT_DIR_NONE
                              ? briefing_text_isolate (words)
                              : briefing_text_isolate_as (words, self->text_direction == GTK_TEXT_DIR_RTL);
  /* Translators: a link from an interview turn to an event it refers to */
  g_autofree char *text = g_strdup_printf (_("See: %s"), headline);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("go-jump-symbolic");
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "event-link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, headline);
  /* GTK 4.8 makes a tooltip the description too: here it would repeat the name. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "view.show-event");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(uu)", briefing_turn_get_index (self->turn), link);
  return button;
}

/* Whether the template was made: a lazy bubble makes it when first built. */
static gboolean
has_content (BriefingTurnBubble *self)
{
  return briefing_lazy_row_has_content (BRIEFING_LAZY_ROW (self));
}

static void
update_run (BriefingTurnBubble *self)
{
  if (has_content (self))
    {
      gtk_widget_set_visible (self->header_box, self->first_of_run);
      gtk_widget_set_visible (GTK_WIDGET (self->avatar), self->first_of_run);
    }
  if (self->first_of_run)
    gtk_widget_add_css_class (GTK_WIDGET (self), "first-of-run");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "first-of-run");
}

static void
update_side (BriefingTurnBubble *self,
             gboolean            guest)
{
  GtkAlign side = guest ? GTK_ALIGN_END : GTK_ALIGN_START;

  /* START and END, and a horizontal box's order, follow the text direction:
   * in a right-to-left locale the interviewer is on the right. */
  gtk_widget_set_halign (GTK_WIDGET (self->layout), side);
  gtk_widget_set_halign (self->content, side);
  gtk_widget_set_halign (self->header_box, side);
  gtk_widget_set_halign (self->bubble, side);
  if (guest)
    gtk_box_reorder_child_after (self->layout, self->avatar_slot, self->content);
  else
    gtk_box_reorder_child_after (self->layout, self->avatar_slot, NULL);

  gtk_widget_remove_css_class (self->bubble, guest ? "interviewer" : "guest");
  gtk_widget_add_css_class (self->bubble, guest ? "guest" : "interviewer");
}

static const char *
mark_reason (BriefingReaderState *state)
{
  BriefingEntity *entity = briefing_reader_state_get_entity (state);

  if (briefing_reader_state_get_topic (state) != NULL)
    return _("Mentions the selected topic");
  if (entity == NULL)
    return NULL;
  switch (briefing_entity_get_kind (entity))
    {
    case BRIEFING_ENTITY_KIND_PERSON:
      return _("Mentions the selected person");
    case BRIEFING_ENTITY_KIND_ORGANIZATION:
      return _("Mentions the selected organization");
    case BRIEFING_ENTITY_KIND_PLACE:
    default:
      return _("Mentions the selected place");
    }
}

/* In a view: the turn, in the direction of its report's language, marked
 * as the state says. */
static void
briefing_turn_bubble_set_item (BriefingLazyRow *row,
                               gpointer         turn)
{
  BriefingReaderState *state = briefing_lazy_row_get_state (row);

  /* First: the links to events are made with the turn. */
  briefing_turn_bubble_set_text_direction (BRIEFING_TURN_BUBBLE (row),
                                           briefing_direction_of_report (state != NULL ? briefing_reader_state_get_report (state) : NULL));
  briefing_turn_bubble_set_turn (BRIEFING_TURN_BUBBLE (row), turn);
  briefing_turn_bubble_update_mark (BRIEFING_TURN_BUBBLE (row));
}

/* A run is a speaker's consecutive turns: its first shows who speaks. */
static void
briefing_turn_bubble_flash (BriefingLazyRow *row)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (row);

  if (self->bubble != NULL)
    briefing_flash_widget (self->bubble);
}

static char *
briefing_turn_bubble_copy_text (BriefingLazyRow *row)
{
  BriefingTurn *turn = BRIEFING_TURN_BUBBLE (row)->turn;
  BriefingInterview *interview = turn != NULL ? briefing_turn_get_interview (turn) : NULL;
  BriefingReport *report = briefing_lazy_row_get_report (row);

  return interview != NULL && report != NULL ? briefing_copy_text_turn (turn, interview, report) : NULL;
}

static void
briefing_turn_bubble_set_starts_run (BriefingLazyRow *row,
                                     gboolean         starts_run)
{
  briefing_turn_bubble_set_first_of_run (BRIEFING_TURN_BUBBLE (row), starts_run);
}

static void
briefing_turn_bubble_update_text (BriefingLazyRow *row)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (row);

  briefing_text_highlight_label (self->text_label, briefing_lazy_row_get_search_text (row),
                                 briefing_lazy_row_get_text_scale (row));
  /* The speaker, why the turn is marked, its links: as large as its text. */
  briefing_text_scale_labels (self->header_box, briefing_lazy_row_get_text_scale (row));
  briefing_text_scale_labels (self->mark_box, briefing_lazy_row_get_text_scale (row));
  briefing_text_scale_labels (GTK_WIDGET (self->links_box), briefing_lazy_row_get_text_scale (row));
}

/* The whole of a text the bubble shows the start of. */
static void
on_show_all_clicked_cb (BriefingTurnBubble *self)
{
  if (self->turn != NULL)
    briefing_text_dialog_present (GTK_WIDGET (self), briefing_entity_get_name (briefing_turn_get_speaker (self->turn)),
                                  briefing_turn_get_text (self->turn));
}

/* "Show All" under a text cut short (BRIEFING_FORMAT_SHOWN_BYTES): made
 * only for such a rare turn, so that a bubble's buttons are its links. */
static void
set_show_all (BriefingTurnBubble *self,
              gboolean            shown)
{
  if (shown && self->show_all_button == NULL)
    {
      GtkWidget *label = gtk_label_new (_("Show All"));

      /* A child label, so that its words are said once. */
      self->show_all_button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (self->show_all_button), label);
      gtk_widget_set_halign (self->show_all_button, GTK_ALIGN_START);
      gtk_widget_add_css_class (self->show_all_button, "flat");
      g_signal_connect_object (self->show_all_button, "clicked", G_CALLBACK (on_show_all_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->text_label))),
                                  self->show_all_button, GTK_WIDGET (self->text_label));
    }
  if (self->show_all_button != NULL)
    gtk_widget_set_visible (self->show_all_button, shown);
}

/* Fills the widgets with the turn: most of a bubble's cost, with laying them out. */
static void
briefing_turn_bubble_build (BriefingLazyRow *row)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (row);
  BriefingEntity *speaker;
  const char *role;
  GtkWidget *child;
  GPtrArray *events;
  g_autofree char *cut = NULL;
  const char *text;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))) != NULL)
    gtk_box_remove (self->links_box, child);

  gtk_widget_set_visible (GTK_WIDGET (self->layout), self->turn != NULL);
  if (self->turn == NULL)
    return;

  speaker = briefing_turn_get_speaker (self->turn);
  update_side (self, briefing_turn_get_role (self->turn) == BRIEFING_PARTICIPANT_ROLE_GUEST);

  adw_avatar_set_text (self->avatar, briefing_entity_get_name (speaker));
  gtk_label_set_text (self->name_label, briefing_entity_get_name (speaker));
  role = briefing_entity_get_role (speaker);
  gtk_label_set_text (self->role_label, role != NULL ? role : "");
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), role != NULL && *role != '\0');

  text = briefing_turn_get_text (self->turn);
  if (briefing_format_is_long_text (text))
    text = cut = briefing_format_cut_text (text);
  gtk_label_set_text (self->text_label, text);
  set_show_all (self, cut != NULL);
  briefing_turn_bubble_update_text (row);

  events = briefing_turn_get_events (self->turn);
  for (guint i = 0; i < events->len; i++)
    gtk_box_append (self->links_box, new_link (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), events->len > 0);
  /* The links are new: as large as the text they follow. */
  briefing_text_scale_labels (GTK_WIDGET (self->links_box), briefing_lazy_row_get_text_scale (row));
}

static void
update_turn (BriefingTurnBubble *self)
{
  g_autofree char *accessible = NULL;

  if (self->turn != NULL)
    accessible = briefing_turn_describe (self->turn);
  briefing_lazy_row_reset (BRIEFING_LAZY_ROW (self), accessible);
}

/* Sizes of the bubble's parts, in pixels, from briefing-turn-bubble.ui and
 * style.css; what only an estimate needs. */
#define AVATAR_WIDTH      46   /* the avatar and the spacing after it */
#define BUBBLE_INSET_X    28
#define BUBBLE_INSET_Y    20
#define TEXT_WIDTH_CHARS  60   /* the text label's max-width-chars */
#define LINK_HEIGHT       30

/* How tall the bubble will be at @width once built, give or take: see
 * briefing-text-estimate.h. */
static int
briefing_turn_bubble_estimate_height (BriefingLazyRow *row,
                                      int              width)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (row);
  const BriefingTextMetrics *metrics;
  GPtrArray *events;
  int text_width, line, height;

  if (self->turn == NULL)
    return 0;

  metrics = briefing_lazy_row_get_metrics (row);
  line = metrics->line_height;
  text_width = briefing_lazy_row_get_content_width (row, width) - AVATAR_WIDTH - BUBBLE_INSET_X;
  /* GTK sizes max-width-chars by the wider of a character and a digit. */
  text_width = MIN (text_width, TEXT_WIDTH_CHARS * metrics->wide_char_width);

  /* GTK adds the bubble's own CSS padding (more for a run's first) around this. */
  height = BUBBLE_INSET_Y;
  if (self->first_of_run)
    height += line + 6;
  if (briefing_format_is_long_text (briefing_turn_get_text (self->turn)))
    {
      g_autofree char *cut = briefing_format_cut_text (briefing_turn_get_text (self->turn));

      /* And "Show All". */
      height += (briefing_text_estimate_lines (metrics, cut, text_width, 1.0) + 1) * line;
    }
  else
    height += briefing_text_estimate_lines (metrics, briefing_turn_get_text (self->turn), text_width, 1.0) * line;
  events = briefing_turn_get_events (self->turn);
  if (events->len > 0)
    height += 6 + events->len * LINK_HEIGHT;
  if (self->marked)
    height += 6 + line;

  return height;
}

static void
briefing_turn_bubble_dispose (GObject *object)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (object);

  /* The root, "clamp", is bound: it goes with the template, if made. */
  if (has_content (self))
    gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_TURN_BUBBLE);
  g_clear_object (&self->turn);
  g_clear_pointer (&self->mark_why, g_free);

  G_OBJECT_CLASS (briefing_turn_bubble_parent_class)->dispose (object);
}

static void
briefing_turn_bubble_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (object);

  switch (prop_id)
    {
    case PROP_TURN:
      g_value_set_object (value, self->turn);
      break;
    case PROP_FIRST_OF_RUN:
      g_value_set_boolean (value, self->first_of_run);
      break;
    case PROP_MARKED:
      g_value_set_boolean (value, self->marked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_turn_bubble_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (object);

  switch (prop_id)
    {
    case PROP_TURN:
      briefing_turn_bubble_set_turn (self, g_value_get_object (value));
      break;
    case PROP_FIRST_OF_RUN:
      briefing_turn_bubble_set_first_of_run (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
briefing_turn_bubble_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  return briefing_row_focus (widget, direction, GTK_WIDGET_CLASS (briefing_turn_bubble_parent_class));
}

static void
show_mark (BriefingTurnBubble *self)
{
  if (!has_content (self))
    return;
  if (self->marked && self->mark_why != NULL)
    gtk_label_set_text (self->mark_label, self->mark_why);
  gtk_widget_set_visible (self->mark_box, self->marked);
  if (self->marked)
    gtk_widget_add_css_class (self->bubble, "marked");
  else
    gtk_widget_remove_css_class (self->bubble, "marked");
}

/* The template, when the bubble is first built: one bound off screen has
 * none (see briefing-lazy-row.h). It shows what the setters kept. */
static void
briefing_turn_bubble_init_content (BriefingLazyRow *row)
{
  BriefingTurnBubble *self = BRIEFING_TURN_BUBBLE (row);

  gtk_widget_init_template (GTK_WIDGET (self));
  briefing_text_set_selectable_only (self->text_label);
  gtk_widget_set_direction (GTK_WIDGET (self->text_label), self->text_direction);
  update_run (self);
  show_mark (self);
}

static void
briefing_turn_bubble_class_init (BriefingTurnBubbleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BriefingLazyRowClass *lazy_row_class = BRIEFING_LAZY_ROW_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_turn_bubble_dispose;
  widget_class->focus = briefing_turn_bubble_focus;
  object_class->get_property = briefing_turn_bubble_get_property;
  object_class->set_property = briefing_turn_bubble_set_property;
  lazy_row_class->init_content = briefing_turn_bubble_init_content;
  lazy_row_class->build = briefing_turn_bubble_build;
  lazy_row_class->estimate_height = briefing_turn_bubble_estimate_height;
  lazy_row_class->update_text = briefing_turn_bubble_update_text;
  lazy_row_class->set_starts_run = briefing_turn_bubble_set_starts_run;
  lazy_row_class->set_item = briefing_turn_bubble_set_item;
  lazy_row_class->flash = briefing_turn_bubble_flash;
  lazy_row_class->copy_text = briefing_turn_bubble_copy_text;
  lazy_row_class->copy_label = N_("Copy Turn as Text");

  properties[PROP_TURN] =
    g_param_spec_object ("turn", NULL, NULL, BRIEFING_TYPE_TURN, flags);
  properties[PROP_FIRST_OF_RUN] =
    g_param_spec_boolean ("first-of-run", NULL, NULL, TRUE, flags);
  properties[PROP_MARKED] =
    g_param_spec_boolean ("marked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-turn-bubble.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "clamp", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, layout);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, avatar_slot);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, avatar);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, content);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, header_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, name_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, role_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, bubble);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, text_label);

  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, mark_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, mark_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingTurnBubble, links_box);

  gtk_widget_class_set_css_name (widget_class, "turnbubble");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
briefing_turn_bubble_init (BriefingTurnBubble *self)
{
  self->first_of_run = TRUE;

  update_run (self);
  update_turn (self);
}

GtkWidget *
briefing_turn_bubble_new (void)
{
  return g_object_new (BRIEFING_TYPE_TURN_BUBBLE, NULL);
}

/**
 * briefing_turn_bubble_new_lazy:
 *
 * Returns: a bubble for a list view, which builds its widgets only when it
 *   comes into view (see briefing-lazy-row.h)
 */
GtkWidget *
briefing_turn_bubble_new_lazy (void)
{
  return g_object_new (BRIEFING_TYPE_TURN_BUBBLE, "lazy", TRUE, NULL);
}

BriefingTurn *
briefing_turn_bubble_get_turn (BriefingTurnBubble *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN_BUBBLE (self), NULL);

  return self->turn;
}

void
briefing_turn_bubble_set_turn (BriefingTurnBubble *self,
                               BriefingTurn       *turn)
{
  g_return_if_fail (BRIEFING_IS_TURN_BUBBLE (self));
  g_return_if_fail (turn == NULL || BRIEFING_IS_TURN (turn));

  if (!g_set_object (&self->turn, turn))
    return;

  update_turn (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TURN]);
}

gboolean
briefing_turn_bubble_get_first_of_run (BriefingTurnBubble *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN_BUBBLE (self), FALSE);

  return self->first_of_run;
}

/**
 * briefing_turn_bubble_set_text_direction:
 * @direction: the direction of the report's language
 *
 * The words of the turn read in the report's direction; the bubble stays on
 * the side the interface's direction gives the speaker.
 */
void
briefing_turn_bubble_set_text_direction (BriefingTurnBubble *self,
                                         GtkTextDirection    direction)
{
  g_return_if_fail (BRIEFING_IS_TURN_BUBBLE (self));

  self->text_direction = direction;
  if (has_content (self))
    gtk_widget_set_direction (GTK_WIDGET (self->text_label), direction);
}

void
briefing_turn_bubble_set_first_of_run (BriefingTurnBubble *self,
                                       gboolean            first_of_run)
{
  g_return_if_fail (BRIEFING_IS_TURN_BUBBLE (self));

  first_of_run = !!first_of_run;
  if (self->first_of_run == first_of_run)
    return;

  self->first_of_run = first_of_run;
  update_run (self);
  briefing_lazy_row_queue_estimate (BRIEFING_LAZY_ROW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_OF_RUN]);
}

gboolean
briefing_turn_bubble_get_marked (BriefingTurnBubble *self)
{
  g_return_val_if_fail (BRIEFING_IS_TURN_BUBBLE (self), FALSE);

  return self->marked;
}

/**
 * briefing_turn_bubble_set_marked:
 * @marked: whether the turn concerns what the reader selected
 * @why: (nullable): that, in words: "Mentions the selected topic"
 *
 * Marks the bubble, for the eye and for screen readers alike.
 */
void
briefing_turn_bubble_set_marked (BriefingTurnBubble *self,
                                 gboolean            marked,
                                 const char         *why)
{
  g_return_if_fail (BRIEFING_IS_TURN_BUBBLE (self));

  marked = !!marked;
  if (marked && why != NULL)
    {
      if (g_strcmp0 (self->mark_why, why) != 0)
        {
          g_free (self->mark_why);
          self->mark_why = g_strdup (why);
          if (has_content (self))
            gtk_label_set_text (self->mark_label, why);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why,
                                      -1);
    }
  else if (!marked)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (self->marked == marked)
    return;

  self->marked = marked;
  briefing_lazy_row_queue_estimate (BRIEFING_LAZY_ROW (self));
  show_mark (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKED]);
}

/**
 * briefing_turn_describe:
 *
 * Returns: (transfer full): the turn in one sentence, for screen readers:
 *   "Dr. Alexei Petrov says: Thank you for having me."
 */
char *
briefing_turn_describe (BriefingTurn *turn)
{
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), NULL);

  /* Translators: an interview turn read out: "<speaker> says: <words>" */
  return g_strdup_printf (_("%s says: %s"),
                          briefing_entity_get_name (briefing_turn_get_speaker (turn)),
                          briefing_turn_get_text (turn));
}

/**
 * briefing_turn_bubble_update_mark:
 *
 * In a view: marks the bubble, or not, as the view's state says (the turn
 * speaks of the topic or entity chosen), saying why to screen readers.
 */
void
briefing_turn_bubble_update_mark (BriefingTurnBubble *self)
{
  BriefingReaderState *state;

  g_return_if_fail (BRIEFING_IS_TURN_BUBBLE (self));

  state = briefing_lazy_row_get_state (BRIEFING_LAZY_ROW (self));
  if (state == NULL || self->turn == NULL)
    return;
  briefing_turn_bubble_set_marked (self, briefing_reader_state_is_turn_marked (state, self->turn),
                                   mark_reason (state));
}

