/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>

#include "briefing-language.h"
#include "briefing-direction.h"
#include "briefing-interview-view.h"
#include "briefing-list-filter.h"
#include "briefing-rows-in-view.h"
#include "briefing-text-scale.h"
#include "briefing-text-search.h"
#include "briefing-turn-bubble.h"

/*
 * An interview has tens, at most hundreds, of turns; a GtkListView is still
 * used, like the timeline's, so that both views filter, recycle and scroll
 * alike and a very long transcript costs only what is on screen.
 */
struct _BriefingInterviewView
{
  GtkWidget           parent_instance;

  BriefingInterview  *interview;
  BriefingReport     *report;
  BriefingTopic      *topic;
  BriefingEntity     *entity;
  gboolean            only_marked;
  guint               n_marked;

  GHashTable         *marked;         /* BriefingTurn set: the selection's turns */
  const char         *mark_reason;

  /* the interview's turns → search and "only-marked" → list; it knows the
   * bubbles on screen */
  BriefingListFilter *list_filter;
  BriefingRowsInView *rows_in_view;   /* builds the bubbles that come into view */

  /* template children */
  GtkLabel           *title_label;
  GtkLabel           *participants_label;
  GtkLabel           *description_label;
  GtkWidget          *header;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (BriefingInterviewView, briefing_interview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_INTERVIEW,
  PROP_REPORT,
  PROP_TOPIC,
  PROP_ENTITY,
  PROP_SEARCH_TEXT,
  PROP_ONLY_MARKED,
  PROP_N_MARKED,
  PROP_N_SHOWN,
  PROP_TEXT_SCALE,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
turn_matches (gpointer    item,
              const char *folded_query,
              gpointer    user_data)
{
  BriefingInterviewView *self = user_data;
  BriefingTurn *turn = item;

  if (self->only_marked && !g_hash_table_contains (self->marked, turn))
    return FALSE;
  return briefing_text_search_contains (briefing_turn_get_text (turn), folded_query);
}

static gboolean
same_speaker (gpointer previous,
              gpointer turn)
{
  return briefing_turn_get_speaker (previous) == briefing_turn_get_speaker (turn);
}

static void
mark_bubble (gpointer turn,
             gpointer bubble,
             gpointer user_data)
{
  BriefingInterviewView *self = user_data;

  briefing_turn_bubble_set_marked (bubble, g_hash_table_contains (self->marked, turn),
                                   self->mark_reason);
}

static void
update_header (BriefingInterviewView *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *participants = NULL;
  const BriefingDate *date;
  const char *description;

  gtk_widget_set_visible (self->header, self->interview != NULL);
  if (self->interview == NULL)
    return;

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
  /* At most three lines are shown, so the turns keep the room; all of it here. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_label), description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');
}

static void
update_empty_page (BriefingInterviewView *self)
{
  const char *description;

  /* AdwStatusPage's description is markup: only our own strings go there. */
  if (self->interview == NULL)
    description = _("Choose an interview to read it.");
  else if (briefing_list_filter_has_query (self->list_filter))
    description = _("No turn mentions what you searched for. Try other words.");
  else if (self->only_marked)
    description = _("No turn of this interview mentions the selection.");
  else
    description = _("This interview has no turns.");
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack,
                                    briefing_list_filter_get_n_shown (self->list_filter) > 0 ? "turns"
                                                                                            : "empty");
}

static void
update_marked (BriefingInterviewView *self)
{
  GListModel *selection = NULL;
  GListModel *turns;
  guint n_marked = 0;

  g_hash_table_remove_all (self->marked);
  self->mark_reason = NULL;
  if (self->report != NULL && self->topic != NULL)
    {
      selection = briefing_report_get_topic_turns (self->report, self->topic);
      self->mark_reason = _("Mentions the selected topic");
    }
  else if (self->report != NULL && self->entity != NULL)
    {
      selection = briefing_report_get_entity_turns (self->report, self->entity);
      switch (briefing_entity_get_kind (self->entity))
        {
        case BRIEFING_ENTITY_KIND_PERSON:
          self->mark_reason = _("Mentions the selected person");
          break;
        case BRIEFING_ENTITY_KIND_ORGANIZATION:
          self->mark_reason = _("Mentions the selected organization");
          break;
        case BRIEFING_ENTITY_KIND_PLACE:
        default:
          self->mark_reason = _("Mentions the selected place");
          break;
        }
    }

  /* The index lists the selection's turns in every interview. */
  for (guint i = 0; selection != NULL && i < g_list_model_get_n_items (selection); i++)
    {
      g_autoptr(BriefingTurn) item = g_list_model_get_item (selection, i);

      g_hash_table_add (self->marked, item);
    }

  turns = self->interview != NULL ? briefing_interview_get_turns (self->interview) : NULL;
  for (guint i = 0; turns != NULL && i < g_list_model_get_n_items (turns); i++)
    {
      g_autoptr(BriefingTurn) item = g_list_model_get_item (turns, i);

      if (g_hash_table_contains (self->marked, item))
        n_marked++;
    }

  briefing_list_filter_foreach_bound (self->list_filter, mark_bubble, self);
  if (self->only_marked)
    briefing_list_filter_refilter (self->list_filter, GTK_FILTER_CHANGE_DIFFERENT);

  if (self->n_marked != n_marked)
    {
      self->n_marked = n_marked;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKED]);
    }
}

static void
on_list_filter_changed_cb (BriefingInterviewView *self)
{
  update_empty_page (self);
}

static void
on_list_filter_n_shown_cb (BriefingInterviewView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

static void
on_run_start_changed_cb (BriefingInterviewView *self,
                         GtkWidget             *bubble,
                         gboolean               starts_run)
{
  briefing_turn_bubble_set_first_of_run (BRIEFING_TURN_BUBBLE (bubble), starts_run);
}

static void
on_bubble_event_activated_cb (BriefingTurnBubble    *bubble,
                              BriefingEvent         *event,
                              BriefingInterviewView *self)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     BriefingInterviewView    *self)
{
  GtkWidget *bubble = briefing_turn_bubble_new_lazy ();

  g_signal_connect_object (bubble, "event-activated",
                           G_CALLBACK (on_bubble_event_activated_cb), self, 0);
  gtk_list_item_set_activatable (list_item, FALSE);
  /* Selectable only so that the row itself takes the keyboard focus: the
   * arrows go from row to row, a click or a jump focuses it (GTK 4.8 has no
   * GtkListItem:focusable). The list's GtkNoSelection selects nothing. */
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_child (list_item, bubble);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    BriefingInterviewView    *self)
{
  BriefingTurnBubble *bubble = BRIEFING_TURN_BUBBLE (gtk_list_item_get_child (list_item));
  BriefingTurn *turn = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);

  /* First: the links to events are made with the turn. */
  briefing_turn_bubble_set_text_direction (bubble, briefing_direction_of_report (self->report));
  briefing_turn_bubble_set_turn (bubble, turn);
  briefing_turn_bubble_set_first_of_run (bubble, briefing_list_filter_starts_run (self->list_filter, position, turn));
  mark_bubble (turn, bubble, self);
  briefing_list_filter_bind (self->list_filter, list_item);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BriefingInterviewView    *self)
{
  briefing_list_filter_unbind (self->list_filter, list_item);
}

static void
briefing_interview_view_dispose (GObject *object)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);
  GtkWidget *child;

  g_clear_object (&self->rows_in_view);
  if (self->list_filter != NULL)
    g_signal_handlers_disconnect_by_data (self->list_filter, self);

  /* The list unbinds its bubbles here, and unbinding needs the list filter. */
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_INTERVIEW_VIEW);
  /* Template children without an id are not bound, so not unparented above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->list_filter);
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_object (&self->interview);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);

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
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, briefing_list_filter_get_search_text (self->list_filter));
      break;
    case PROP_ONLY_MARKED:
      g_value_set_boolean (value, self->only_marked);
      break;
    case PROP_N_MARKED:
      g_value_set_uint (value, self->n_marked);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, briefing_list_filter_get_n_shown (self->list_filter));
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, briefing_list_filter_get_text_scale (self->list_filter));
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
      briefing_interview_view_set_interview (self, g_value_get_object (value));
      break;
    case PROP_REPORT:
      briefing_interview_view_set_report (self, g_value_get_object (value));
      break;
    case PROP_TOPIC:
      briefing_interview_view_set_topic (self, g_value_get_object (value));
      break;
    case PROP_ENTITY:
      briefing_interview_view_set_entity (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_TEXT:
      briefing_interview_view_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_ONLY_MARKED:
      briefing_interview_view_set_only_marked (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT_SCALE:
      briefing_interview_view_set_text_scale (self, g_value_get_double (value));
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
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_interview_view_dispose;
  object_class->get_property = briefing_interview_view_get_property;
  object_class->set_property = briefing_interview_view_set_property;

  properties[PROP_INTERVIEW] =
    g_param_spec_object ("interview", NULL, NULL, BRIEFING_TYPE_INTERVIEW, flags);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, BRIEFING_TYPE_REPORT, flags);
  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, BRIEFING_TYPE_TOPIC, flags);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties[PROP_ONLY_MARKED] =
    g_param_spec_boolean ("only-marked", NULL, NULL, FALSE, flags);
  properties[PROP_N_MARKED] =
    g_param_spec_uint ("n-marked", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0, read_only);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-interview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, participants_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, description_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, header);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingInterviewView, empty_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "interviewview");

  g_type_ensure (BRIEFING_TYPE_TURN_BUBBLE);
}

static void
briefing_interview_view_init (BriefingInterviewView *self)
{
  GtkListItemFactory *factory;

  self->marked = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->list_filter = briefing_list_filter_new (self->list_view, turn_matches, same_speaker, self);
  g_signal_connect_swapped (self->list_filter, "changed",
                            G_CALLBACK (on_list_filter_changed_cb), self);
  g_signal_connect_swapped (self->list_filter, "notify::n-shown",
                            G_CALLBACK (on_list_filter_n_shown_cb), self);
  g_signal_connect_swapped (self->list_filter, "run-start-changed",
                            G_CALLBACK (on_run_start_changed_cb), self);
  self->rows_in_view = briefing_rows_in_view_new (self->list_view);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  update_header (self);
  update_empty_page (self);
}

GtkWidget *
briefing_interview_view_new (void)
{
  return g_object_new (BRIEFING_TYPE_INTERVIEW_VIEW, NULL);
}

BriefingInterview *
briefing_interview_view_get_interview (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->interview;
}

void
briefing_interview_view_set_interview (BriefingInterviewView *self,
                                       BriefingInterview     *interview)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (interview == NULL || BRIEFING_IS_INTERVIEW (interview));

  if (!g_set_object (&self->interview, interview))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  update_header (self);
  update_marked (self);
  briefing_list_filter_set_base_model (self->list_filter,
                                       interview != NULL ? briefing_interview_get_turns (interview) : NULL);
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEW]);
  g_object_thaw_notify (G_OBJECT (self));
}

BriefingReport *
briefing_interview_view_get_report (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->report;
}

void
briefing_interview_view_set_report (BriefingInterviewView *self,
                                    BriefingReport        *report)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (report == NULL || BRIEFING_IS_REPORT (report));

  if (self->report == report)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* A topic or entity belongs to the report it came from. */
  if (g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_set_object (&self->report, report);
  /* The report's own words read in its language's direction. */
  gtk_widget_set_direction (GTK_WIDGET (self->title_label), briefing_direction_of_report (report));
  gtk_widget_set_direction (GTK_WIDGET (self->description_label), briefing_direction_of_report (report));
  update_marked (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  g_object_thaw_notify (G_OBJECT (self));
}

BriefingTopic *
briefing_interview_view_get_topic (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->topic;
}

void
briefing_interview_view_set_topic (BriefingInterviewView *self,
                                   BriefingTopic         *topic)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (topic == NULL || BRIEFING_IS_TOPIC (topic));

  briefing_interview_view_set_selection (self, topic, topic != NULL ? NULL : self->entity);
}

BriefingEntity *
briefing_interview_view_get_entity (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->entity;
}

void
briefing_interview_view_set_entity (BriefingInterviewView *self,
                                    BriefingEntity        *entity)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (entity == NULL || BRIEFING_IS_ENTITY (entity));

  briefing_interview_view_set_selection (self, entity != NULL ? NULL : self->topic, entity);
}

/**
 * briefing_interview_view_set_selection:
 * @topic: (nullable): the topic whose turns to mark
 * @entity: (nullable): the entity whose turns to mark
 *
 * Marks the turns of @topic or of @entity, or none when both are %NULL, in
 * one change. At most one of them may be set.
 */
void
briefing_interview_view_set_selection (BriefingInterviewView *self,
                                       BriefingTopic         *topic,
                                       BriefingEntity        *entity)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (topic == NULL || BRIEFING_IS_TOPIC (topic));
  g_return_if_fail (entity == NULL || BRIEFING_IS_ENTITY (entity));
  g_return_if_fail (topic == NULL || entity == NULL);

  if (self->topic == topic && self->entity == entity)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->topic, topic))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  if (g_set_object (&self->entity, entity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  update_marked (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_interview_view_get_search_text (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return briefing_list_filter_get_search_text (self->list_filter);
}

void
briefing_interview_view_set_search_text (BriefingInterviewView *self,
                                         const char            *text)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));

  if (!briefing_list_filter_set_search_text (self->list_filter, text))
    return;
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

gboolean
briefing_interview_view_get_only_marked (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), FALSE);

  return self->only_marked;
}

void
briefing_interview_view_set_only_marked (BriefingInterviewView *self,
                                         gboolean               only_marked)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));

  only_marked = !!only_marked;
  if (self->only_marked == only_marked)
    return;

  self->only_marked = only_marked;
  briefing_list_filter_refilter (self->list_filter,
                                 only_marked ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
  update_empty_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_MARKED]);
}

guint
briefing_interview_view_get_n_marked (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), 0);

  return self->n_marked;
}

guint
briefing_interview_view_get_n_shown (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), 0);

  return briefing_list_filter_get_n_shown (self->list_filter);
}

/**
 * briefing_interview_view_get_shown_turns:
 *
 * Returns: (transfer none): the turns shown, in order
 */
GListModel *
briefing_interview_view_get_shown_turns (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return briefing_list_filter_get_shown (self->list_filter);
}

gboolean
briefing_interview_view_is_turn_marked (BriefingInterviewView *self,
                                        BriefingTurn          *turn)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  return g_hash_table_contains (self->marked, turn);
}

/**
 * briefing_interview_view_is_turn_shown:
 *
 * Returns: whether @turn, a turn of the interview, passes the search and the
 *   "only-marked" filter
 */
gboolean
briefing_interview_view_is_turn_shown (BriefingInterviewView *self,
                                       BriefingTurn          *turn)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_TURN (turn), FALSE);

  return self->interview != NULL && briefing_list_filter_matches (self->list_filter, turn);
}

double
briefing_interview_view_get_text_scale (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), 1.0);

  return briefing_list_filter_get_text_scale (self->list_filter);
}

void
briefing_interview_view_set_text_scale (BriefingInterviewView *self,
                                        double                 text_scale)
{
  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));

  text_scale = CLAMP (text_scale, BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (briefing_list_filter_get_text_scale (self->list_filter), text_scale, DBL_EPSILON))
    return;

  briefing_list_filter_set_text_scale (self->list_filter, text_scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}
