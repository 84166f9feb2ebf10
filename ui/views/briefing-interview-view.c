/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-direction.h"
#include "briefing-format.h"
#include "briefing-interview-view.h"
#include "briefing-language.h"
#include "briefing-text-highlight.h"
#include "briefing-turn-bubble.h"

/*
 * An interview has tens, at most hundreds, of turns; a GtkListView is still
 * used, like the timeline's, so that both views filter, recycle and scroll
 * alike and a very long transcript costs only what is on screen.
 */
struct _BriefingInterviewView
{
  BriefingReportListView parent_instance;

  BriefingInterview     *interview;
  guint                  n_marked;

  /* template children */
  GtkWidget             *content;
  GtkLabel              *title_label;
  GtkLabel              *participants_label;
  GtkLabel              *description_label;
  GtkWidget             *header;
  GtkRevealer           *details_revealer;
  GtkWidget             *more_button;
  GtkLabel              *more_label;
  GtkScrolledWindow     *scrolled_window;

  guint                  more_idle_id;
};

G_DEFINE_FINAL_TYPE (BriefingInterviewView, briefing_interview_view, BRIEFING_TYPE_REPORT_LIST_VIEW)

enum {
  PROP_0,
  PROP_INTERVIEW,
  PROP_N_MARKED,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Below this height the header gives its room to the turns once they are
 * scrolled; "Show More" shows a description longer than three lines. */
#define SHORT_VIEW_HEIGHT 600
#define DESCRIPTION_LINES 3

static BriefingReaderState *
get_state (BriefingInterviewView *self)
{
  return briefing_report_list_view_get_state (BRIEFING_REPORT_LIST_VIEW (self));
}

static void
mark_bubble (gpointer turn,
             gpointer bubble,
             gpointer user_data)
{
  briefing_turn_bubble_update_mark (bubble);
}

static void
update_header (BriefingInterviewView *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *participants = NULL;
  g_autofree char *tooltip = NULL;
  const BriefingDate *date;
  const char *description;

  gtk_label_set_text (self->title_label, briefing_interview_get_title (self->interview));

  date = briefing_interview_get_date (self->interview);
  if (date != NULL)
    g_ptr_array_add (parts, briefing_date_format (date));
  for (guint i = 0; i < briefing_interview_get_n_participants (self->interview); i++)
    {
      const BriefingParticipant *participant = briefing_interview_get_participant (self->interview, i);
      /* Isolated: a name in another script cannot reorder the words around it. */
      g_autofree char *name = briefing_text_isolate (briefing_entity_get_name (participant->entity));

      if (participant->role == BRIEFING_PARTICIPANT_ROLE_INTERVIEWER)
        /* Translators: a participant of an interview: "Jane Doe, interviewer" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s, interviewer"), name));
      else
        /* Translators: a participant of an interview: "Olena Kovalenko, guest" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s, guest"), name));
    }
  g_ptr_array_add (parts, NULL);
  participants = g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
  gtk_label_set_text (self->participants_label, participants);

  description = briefing_interview_get_description (self->interview);
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  /* At most three lines are shown, so the turns keep the room; more of it
   * here (its start when long: a tooltip lays out all it is given), and all
   * of it with "Show More". */
  tooltip = briefing_format_cut_text (description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_label),
                               description != NULL ? tooltip : NULL);
  /* GTK 4.8 makes a tooltip the description too: a screen reader, which
   * reads the whole label, would hear it twice. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->description_label),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->description_label)),
                          description != NULL && *description != '\0');
}

/* "Show More" only where the three lines cut the description off; its
 * label says what it does. After the layout, which says how many lines. */
static gboolean
update_more_cb (gpointer user_data)
{
  BriefingInterviewView *self = user_data;
  PangoLayout *layout = gtk_label_get_layout (self->description_label);
  gboolean expanded = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->more_button));
  gboolean cut = expanded ? pango_layout_get_line_count (layout) > DESCRIPTION_LINES
                          : pango_layout_is_ellipsized (layout);

  self->more_idle_id = 0;
  gtk_widget_set_visible (self->more_button,
                          gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (self->description_label))) && cut);
  return G_SOURCE_REMOVE;
}

static void
on_more_toggled_cb (BriefingInterviewView *self)
{
  gboolean expanded = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->more_button));

  gtk_label_set_lines (self->description_label, expanded ? -1 : DESCRIPTION_LINES);
  gtk_label_set_ellipsize (self->description_label, expanded ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_text (self->more_label, expanded ? _("Show Less") : _("Show More"));
}

static void
set_details_shown (BriefingInterviewView *self,
                   gboolean               shown)
{
  if (gtk_revealer_get_reveal_child (self->details_revealer) == shown)
    return;
  gtk_revealer_set_reveal_child (self->details_revealer, shown);
  /* Meanwhile the title takes one line. */
  gtk_label_set_lines (self->title_label, shown ? -1 : 1);
  gtk_label_set_ellipsize (self->title_label, shown ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
}

/* In a short view, the participants and description go while the turns are
 * read, and come back at the top. Only when the turns would still scroll
 * without them: else hiding them would scroll the list back to the top. */
static void
on_scrolled_cb (BriefingInterviewView *self,
                GtkAdjustment         *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);
  double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  int details;

  /* The template's scrolling still moves while it is torn down. */
  if (self->details_revealer == NULL)
    return;
  details = gtk_widget_get_height (GTK_WIDGET (self->details_revealer));

  if (value <= 0)
    set_details_shown (self, TRUE);
  else if (value > 24 && gtk_widget_get_height (GTK_WIDGET (self)) < SHORT_VIEW_HEIGHT &&
           range > details + 48)
    set_details_shown (self, FALSE);
}

static void
on_description_resized_cb (BriefingInterviewView *self)
{
  /* Not while the label is laid out. */
  if (self->more_idle_id == 0)
    self->more_idle_id = g_idle_add (update_more_cb, self);
}

static void
update_marked (BriefingInterviewView *self)
{
  BriefingReaderState *state = get_state (self);
  GListModel *turns = briefing_interview_get_turns (self->interview);
  guint n_marked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, i);

      n_marked += briefing_reader_state_is_turn_marked (state, turn);
    }
  briefing_report_list_view_foreach_row (BRIEFING_REPORT_LIST_VIEW (self), mark_bubble, NULL);

  if (self->n_marked != n_marked)
    {
      self->n_marked = n_marked;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKED]);
    }
}

/* Chosen while the interview is read, a topic or entity shows where the
 * interview first speaks of it; the keyboard stays where it chose. */
static void
show_first_marked (BriefingInterviewView *self)
{
  BriefingReaderState *state = get_state (self);
  GListModel *shown = briefing_report_list_view_get_items (BRIEFING_REPORT_LIST_VIEW (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || shown == NULL || !briefing_reader_state_has_selection (state))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (shown, i);

      if (briefing_reader_state_is_turn_marked (state, turn))
        {
          briefing_report_list_view_jump_to (BRIEFING_REPORT_LIST_VIEW (self), i, FALSE);
          return;
        }
    }
}

static void
on_state_selection_cb (BriefingInterviewView *self)
{
  update_marked (self);
  show_first_marked (self);
}

/* A turn's link, "view.show-event" (the turn's index, the link's): the
 * reader follows it. */
static void
show_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (widget);
  g_autoptr(BriefingTurn) turn = NULL;
  guint turn_index, link;

  g_variant_get (parameter, "(uu)", &turn_index, &link);
  turn = g_list_model_get_item (briefing_interview_get_turns (self->interview), turn_index);
  if (turn != NULL && link < briefing_turn_get_events (turn)->len)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, g_ptr_array_index (briefing_turn_get_events (turn), link));
}

/* The template's closure: what the empty page says, in our own words (its
 * description is markup). */
static char *
describe_empty (gpointer    this_object,
                const char *query,
                gboolean    only_marked,
                guint       n_shown_events,
                guint       n_shown_turns)
{
  gboolean searched = query != NULL && *query != '\0';

  /* The issue a reader had: matches in another interview, none here. */
  if (searched && n_shown_events + n_shown_turns > 0)
    return g_strdup (_("No turn of this interview mentions what you searched for; the other pages’ tabs count their matches, and Enter goes to the next one."));
  if (searched)
    return g_strdup (_("No turn mentions what you searched for. Try other words."));
  if (only_marked)
    return g_strdup (_("No turn of this interview mentions the selection."));
  return g_strdup (_("This interview has no turns."));
}

/* The heading grows and shrinks with the turns below it: a zoom scales the
 * whole page, not only its bubbles. */
static void
on_state_text_scale_cb (BriefingInterviewView *self)
{
  briefing_text_scale_labels (self->header, briefing_reader_state_get_text_scale (get_state (self)));
}

static void
briefing_interview_view_constructed (GObject *object)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);
  BriefingReaderState *state;

  G_OBJECT_CLASS (briefing_interview_view_parent_class)->constructed (object);

  state = get_state (self);
  g_assert (BRIEFING_IS_INTERVIEW (self->interview));
  g_signal_connect_object (state, "selection-changed", G_CALLBACK (on_state_selection_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::text-scale", G_CALLBACK (on_state_text_scale_cb),
                           self, G_CONNECT_SWAPPED);
  update_header (self);
  on_state_text_scale_cb (self);
  /* The report's own words read in its language's direction. */
  gtk_widget_set_direction (GTK_WIDGET (self->title_label),
                            briefing_direction_of_report (briefing_reader_state_get_report (state)));
  gtk_widget_set_direction (GTK_WIDGET (self->description_label),
                            briefing_direction_of_report (briefing_reader_state_get_report (state)));
  update_marked (self);
  briefing_report_list_view_set_items (BRIEFING_REPORT_LIST_VIEW (self),
                                       briefing_reader_state_get_turns (state, self->interview));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window), "value-changed",
                           G_CALLBACK (on_scrolled_cb), self, G_CONNECT_SWAPPED);
}

static void
briefing_interview_view_dispose (GObject *object)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);

  g_clear_handle_id (&self->more_idle_id, g_source_remove);
  briefing_report_list_view_dispose_list (BRIEFING_REPORT_LIST_VIEW (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_INTERVIEW_VIEW);
  g_clear_object (&self->interview);

  G_OBJECT_CLASS (briefing_interview_view_parent_class)->dispose (object);
}

static void
briefing_interview_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_INTERVIEW:
      g_value_set_object (value, self->interview);
      break;
    case PROP_N_MARKED:
      g_value_set_uint (value, self->n_marked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_interview_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_INTERVIEW:
      self->interview = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_interview_view_class_init (BriefingInterviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_interview_view_constructed;
  object_class->dispose = briefing_interview_view_dispose;
  object_class->get_property = briefing_interview_view_get_property;
  object_class->set_property = briefing_interview_view_set_property;

  properties[PROP_INTERVIEW] =
    g_param_spec_object ("interview", NULL, NULL, BRIEFING_TYPE_INTERVIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MARKED] =
    g_param_spec_uint ("n-marked", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_EVENT);

  briefing_report_list_view_class_set_template (widget_class, RESOURCE_PREFIX "/briefing-interview-view.ui",
                                                BRIEFING_TYPE_TURN_BUBBLE);
  gtk_widget_class_install_action (widget_class, "view.show-event", "(uu)", show_event_action);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, content);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, participants_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, description_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, header);
  gtk_widget_class_bind_template_callback (widget_class, describe_empty);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, more_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, more_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, scrolled_window);
  gtk_widget_class_bind_template_callback (widget_class, on_more_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_description_resized_cb);
  gtk_widget_class_set_css_name (widget_class, "interviewview");

}

static void
briefing_interview_view_init (BriefingInterviewView *self)
{
  briefing_report_list_view_init_template (BRIEFING_REPORT_LIST_VIEW (self));
}

GtkWidget *
briefing_interview_view_new (BriefingReaderState *state,
                             BriefingInterview   *interview)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (state), NULL);
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW (interview), NULL);

  return g_object_new (BRIEFING_TYPE_INTERVIEW_VIEW, "state", state, "interview", interview, NULL);
}

/**
 * briefing_interview_view_get_interview:
 *
 * Returns: (transfer none): the interview shown
 */
BriefingInterview *
briefing_interview_view_get_interview (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->interview;
}

guint
briefing_interview_view_get_n_marked (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), 0);

  return self->n_marked;
}
