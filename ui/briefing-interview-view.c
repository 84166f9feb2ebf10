/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>
#include <string.h>

#include "briefing-interview-view.h"
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
  char               *search_text;    /* as typed */
  char               *query;          /* stripped: what bubbles highlight */
  char               *folded_query;   /* what the filter compares */
  gboolean            only_marked;
  double              text_scale;
  guint               n_marked;
  guint               n_shown;

  GHashTable         *marked;         /* BriefingTurn set: the selection's turns */
  const char         *mark_reason;

  /* the interview's turns → filter → list */
  GtkFilterListModel *shown;
  GtkCustomFilter    *filter;
  GHashTable         *bound_bubbles;  /* BriefingTurn → BriefingTurnBubble, on screen */

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

/*
 * GTK 4.8 warns (gtk_widget_is_ancestor: assertion failed) when the focus was
 * inside a row that a change of model or filter took away and the list later
 * moves the focus. Before such a change, the focus moves to the list itself,
 * which keeps the reader's place for the keyboard.
 */
static void
rescue_focus (GtkWidget *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && focus != list && gtk_widget_is_ancestor (focus, list))
    {
      if (!gtk_widget_grab_focus (list))
        gtk_root_set_focus (root, NULL);
    }
}

static gboolean
turn_matches (gpointer item,
              gpointer user_data)
{
  BriefingInterviewView *self = user_data;
  BriefingTurn *turn = item;

  if (self->only_marked && !g_hash_table_contains (self->marked, turn))
    return FALSE;
  return briefing_text_search_contains (briefing_turn_get_text (turn), self->folded_query);
}

static gboolean
first_of_run_at (BriefingInterviewView *self,
                 guint                  position,
                 BriefingTurn          *turn)
{
  g_autoptr(BriefingTurn) previous = NULL;

  if (position == 0)
    return TRUE;
  previous = g_list_model_get_item (G_LIST_MODEL (self->shown), position - 1);
  return previous == NULL ||
         briefing_turn_get_speaker (previous) != briefing_turn_get_speaker (turn);
}

static void
mark_bubble (BriefingInterviewView *self,
             BriefingTurnBubble    *bubble,
             BriefingTurn          *turn)
{
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
      const char *name = briefing_entity_get_name (participant->entity);

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
  else if (*self->folded_query != '\0')
    description = _("No turn mentions what you searched for. Try other words.");
  else if (self->only_marked)
    description = _("No turn of this interview mentions the selection.");
  else
    description = _("This interview has no turns.");
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, self->n_shown > 0 ? "turns" : "empty");
}

static void
update_marked (BriefingInterviewView *self)
{
  GListModel *selection = NULL;
  GListModel *turns;
  GHashTableIter iter;
  gpointer turn, bubble;
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

  g_hash_table_iter_init (&iter, self->bound_bubbles);
  while (g_hash_table_iter_next (&iter, &turn, &bubble))
    mark_bubble (self, bubble, turn);

  if (self->only_marked)
    {
      rescue_focus (GTK_WIDGET (self->list_view));
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  if (self->n_marked != n_marked)
    {
      self->n_marked = n_marked;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKED]);
    }
}

static void
on_shown_items_changed_cb (GListModel            *model,
                           guint                  position,
                           guint                  removed,
                           guint                  added,
                           BriefingInterviewView *self)
{
  guint n_items = g_list_model_get_n_items (model);
  guint next = position + added;

  /* The bubble after the change keeps its widget but may start a run now. */
  if (next < n_items)
    {
      g_autoptr(BriefingTurn) turn = g_list_model_get_item (model, next);
      BriefingTurnBubble *bubble = g_hash_table_lookup (self->bound_bubbles, turn);

      if (bubble != NULL)
        briefing_turn_bubble_set_first_of_run (bubble, first_of_run_at (self, next, turn));
    }

  if (self->n_shown != n_items)
    {
      self->n_shown = n_items;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }
  update_empty_page (self);
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
  GtkWidget *bubble = briefing_turn_bubble_new ();

  g_signal_connect_object (bubble, "event-activated",
                           G_CALLBACK (on_bubble_event_activated_cb), self, 0);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
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

  briefing_turn_bubble_set_search_text (bubble, self->query);
  briefing_turn_bubble_set_text_scale (bubble, self->text_scale);
  briefing_turn_bubble_set_turn (bubble, turn);
  briefing_turn_bubble_set_first_of_run (bubble, first_of_run_at (self, position, turn));
  mark_bubble (self, bubble, turn);
  g_hash_table_insert (self->bound_bubbles, turn, bubble);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BriefingInterviewView    *self)
{
  gpointer bubble = gtk_list_item_get_child (list_item);
  gpointer turn = gtk_list_item_get_item (list_item);

  if (turn != NULL && g_hash_table_lookup (self->bound_bubbles, turn) == bubble)
    g_hash_table_remove (self->bound_bubbles, turn);
}

static void
briefing_interview_view_dispose (GObject *object)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);
  GtkWidget *child;

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);

  /* The list unbinds its bubbles here, and unbinding needs bound_bubbles. */
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_INTERVIEW_VIEW);
  /* Template children without an id are not bound, so not unparented above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->bound_bubbles, g_hash_table_unref);
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_object (&self->interview);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (briefing_interview_view_parent_class)->dispose (object);
}

static void
briefing_interview_view_finalize (GObject *object)
{
  BriefingInterviewView *self = BRIEFING_INTERVIEW_VIEW (object);

  g_free (self->search_text);
  g_free (self->query);
  g_free (self->folded_query);

  G_OBJECT_CLASS (briefing_interview_view_parent_class)->finalize (object);
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
      g_value_set_string (value, self->search_text);
      break;
    case PROP_ONLY_MARKED:
      g_value_set_boolean (value, self->only_marked);
      break;
    case PROP_N_MARKED:
      g_value_set_uint (value, self->n_marked);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
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
  object_class->finalize = briefing_interview_view_finalize;
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
    g_param_spec_double ("text-scale", NULL, NULL, 0.5, 4.0, 1.0, flags);
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
  GtkNoSelection *selection;

  self->text_scale = 1.0;
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->marked = g_hash_table_new (NULL, NULL);
  self->bound_bubbles = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (turn_matches, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_after (self->shown, "items-changed",
                          G_CALLBACK (on_shown_items_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

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
  rescue_focus (GTK_WIDGET (self->list_view));
  gtk_filter_list_model_set_model (self->shown,
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

  if (self->topic == topic)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (topic != NULL && g_set_object (&self->entity, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_set_object (&self->topic, topic);
  update_marked (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  g_object_thaw_notify (G_OBJECT (self));
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

  if (self->entity == entity)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (entity != NULL && g_set_object (&self->topic, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
  g_set_object (&self->entity, entity);
  update_marked (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_interview_view_get_search_text (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), NULL);

  return self->search_text;
}

void
briefing_interview_view_set_search_text (BriefingInterviewView *self,
                                         const char            *text)
{
  g_autofree char *query = NULL;
  g_autofree char *folded = NULL;
  GHashTableIter iter;
  gpointer bubble;

  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  query = g_strstrip (g_strdup (text != NULL ? text : ""));
  folded = briefing_text_search_fold (query);
  if (strcmp (folded, self->folded_query) != 0)
    {
      GtkFilterChange change;

      if (strstr (folded, self->folded_query) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (strstr (self->folded_query, folded) != NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      g_free (self->folded_query);
      self->folded_query = g_steal_pointer (&folded);
      rescue_focus (GTK_WIDGET (self->list_view));
      gtk_filter_changed (GTK_FILTER (self->filter), change);
    }

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  g_hash_table_iter_init (&iter, self->bound_bubbles);
  while (g_hash_table_iter_next (&iter, NULL, &bubble))
    briefing_turn_bubble_set_search_text (bubble, self->query);

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
  rescue_focus (GTK_WIDGET (self->list_view));
  gtk_filter_changed (GTK_FILTER (self->filter),
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

  return self->n_shown;
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

  return G_LIST_MODEL (self->shown);
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

  return self->interview != NULL && turn_matches (turn, self);
}

double
briefing_interview_view_get_text_scale (BriefingInterviewView *self)
{
  g_return_val_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self), 1.0);

  return self->text_scale;
}

void
briefing_interview_view_set_text_scale (BriefingInterviewView *self,
                                        double                 text_scale)
{
  GHashTableIter iter;
  gpointer bubble;

  g_return_if_fail (BRIEFING_IS_INTERVIEW_VIEW (self));

  text_scale = CLAMP (text_scale, 0.5, 4.0);
  if (G_APPROX_VALUE (self->text_scale, text_scale, DBL_EPSILON))
    return;

  self->text_scale = text_scale;
  g_hash_table_iter_init (&iter, self->bound_bubbles);
  while (g_hash_table_iter_next (&iter, NULL, &bubble))
    briefing_turn_bubble_set_text_scale (bubble, text_scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}
