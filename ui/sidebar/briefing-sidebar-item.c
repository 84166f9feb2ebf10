/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-format.h"
#include "briefing-sidebar-item.h"

struct _BriefingSidebarItem
{
  GObject                  parent_instance;

  BriefingSidebarItemKind  kind;
  char                    *title;
  char                    *caption;
  const char              *icon_name;
  char                    *tooltip;
  BriefingTopic           *topic;
  BriefingEntity          *entity;
  gboolean                 unmentioned;  /* listed, but in no event or turn */
};

G_DEFINE_FINAL_TYPE (BriefingSidebarItem, briefing_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_CAPTION,
  PROP_ICON_NAME,
  PROP_TOOLTIP,
  PROP_TOPIC,
  PROP_ENTITY,
  PROP_HEADING,
  PROP_CHOOSABLE,
  PROP_UNMENTIONED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
entity_icon_name (BriefingEntity *entity)
{
  switch (briefing_entity_get_kind (entity))
    {
    case BRIEFING_ENTITY_KIND_PERSON:
      return "avatar-default-symbolic";
    case BRIEFING_ENTITY_KIND_ORGANIZATION:
      return "system-users-symbolic";
    case BRIEFING_ENTITY_KIND_PLACE:
      return "mark-location-symbolic";
    default:
      g_assert_not_reached ();
    }
}

static BriefingSidebarItem *
new_item (BriefingSidebarItemKind kind,
          const char             *title,
          char                   *caption)
{
  BriefingSidebarItem *self = g_object_new (BRIEFING_TYPE_SIDEBAR_ITEM, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->caption = caption;
  return self;
}

static void
briefing_sidebar_item_finalize (GObject *object)
{
  BriefingSidebarItem *self = BRIEFING_SIDEBAR_ITEM (object);

  g_free (self->title);
  g_free (self->caption);
  g_free (self->tooltip);
  g_clear_object (&self->topic);
  g_clear_object (&self->entity);

  G_OBJECT_CLASS (briefing_sidebar_item_parent_class)->finalize (object);
}

static void
briefing_sidebar_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingSidebarItem *self = BRIEFING_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    case PROP_TOOLTIP:
      g_value_set_string (value, self->tooltip);
      break;
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_HEADING:
      g_value_set_boolean (value, self->kind == BRIEFING_SIDEBAR_ITEM_HEADING);
      break;
    case PROP_CHOOSABLE:
      g_value_set_boolean (value, self->kind != BRIEFING_SIDEBAR_ITEM_HEADING);
      break;
    case PROP_UNMENTIONED:
      g_value_set_boolean (value, self->unmentioned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_sidebar_item_class_init (BriefingSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_sidebar_item_finalize;
  object_class->get_property = briefing_sidebar_item_get_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, BRIEFING_SIDEBAR_ITEM_HEADING, BRIEFING_SIDEBAR_ITEM_ENTITY,
                      BRIEFING_SIDEBAR_ITEM_HEADING, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_CAPTION] = g_param_spec_string ("caption", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties[PROP_TOOLTIP] = g_param_spec_string ("tooltip", NULL, NULL, NULL, flags);
  properties[PROP_TOPIC] = g_param_spec_object ("topic", NULL, NULL, BRIEFING_TYPE_TOPIC, flags);
  properties[PROP_ENTITY] = g_param_spec_object ("entity", NULL, NULL, BRIEFING_TYPE_ENTITY, flags);
  properties[PROP_HEADING] = g_param_spec_boolean ("heading", NULL, NULL, FALSE, flags);
  properties[PROP_CHOOSABLE] = g_param_spec_boolean ("choosable", NULL, NULL, FALSE, flags);
  properties[PROP_UNMENTIONED] = g_param_spec_boolean ("unmentioned", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_sidebar_item_init (BriefingSidebarItem *self)
{
}

/**
 * briefing_sidebar_item_new_heading:
 * @title: the heading of the rows after it, our own words
 *
 * Returns: (transfer full): a heading, which cannot be chosen
 */
BriefingSidebarItem *
briefing_sidebar_item_new_heading (const char *title)
{
  g_return_val_if_fail (title != NULL, NULL);

  return new_item (BRIEFING_SIDEBAR_ITEM_HEADING, title, NULL);
}

/**
 * briefing_sidebar_item_new_all:
 *
 * Returns: (transfer full): "All Topics", with what @report holds (in the
 *   period, if one is chosen)
 */
BriefingSidebarItem *
briefing_sidebar_item_new_all (BriefingReport *report,
                               guint           n_events,
                               guint           n_turns)
{
  g_return_val_if_fail (BRIEFING_IS_REPORT (report), NULL);

  return new_item (BRIEFING_SIDEBAR_ITEM_ALL, _("All Topics"),
                   briefing_format_counts (n_events, n_turns));
}

/**
 * briefing_sidebar_item_new_topic:
 *
 * Returns: (transfer full): the row choosing @topic
 */
BriefingSidebarItem *
briefing_sidebar_item_new_topic (BriefingTopic *topic,
                                 guint          n_events,
                                 guint          n_turns)
{
  BriefingSidebarItem *self;

  g_return_val_if_fail (BRIEFING_IS_TOPIC (topic), NULL);

  self = new_item (BRIEFING_SIDEBAR_ITEM_TOPIC, briefing_topic_get_title (topic),
                   briefing_format_counts (n_events, n_turns));
  self->topic = g_object_ref (topic);
  self->tooltip = g_strdup (briefing_topic_get_description (topic));
  return self;
}

/**
 * briefing_sidebar_item_new_entity:
 *
 * Returns: (transfer full): the row choosing @entity
 */
BriefingSidebarItem *
briefing_sidebar_item_new_entity (BriefingEntity *entity,
                                  guint           n_events,
                                  guint           n_turns)
{
  BriefingSidebarItem *self;
  const char *tooltip;

  g_return_val_if_fail (BRIEFING_IS_ENTITY (entity), NULL);

  self = new_item (BRIEFING_SIDEBAR_ITEM_ENTITY, briefing_entity_get_name (entity),
                   briefing_format_counts (n_events, n_turns));
  self->entity = g_object_ref (entity);
  /* The report lists it (a report's author may mean to), but no event or
   * turn names it: said, rather than "0 events" leading to empty pages. */
  self->unmentioned = briefing_entity_get_n_events (entity) == 0 && briefing_entity_get_n_turns (entity) == 0;
  if (self->unmentioned)
    {
      g_free (self->caption);
      /* Translators: under a person, organization or place in the sidebar
       * that the report lists but no event or interview turn names */
      self->caption = g_strdup (_("Not mentioned"));
    }
  self->icon_name = entity_icon_name (entity);
  tooltip = briefing_entity_get_role (entity);
  if (tooltip == NULL)
    tooltip = briefing_entity_get_description (entity);
  self->tooltip = g_strdup (tooltip);
  return self;
}

BriefingSidebarItemKind
briefing_sidebar_item_get_kind (BriefingSidebarItem *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), BRIEFING_SIDEBAR_ITEM_HEADING);

  return self->kind;
}

/**
 * briefing_sidebar_item_get_caption:
 *
 * Returns: (nullable): the counts under the title; none for a heading
 */
const char *
briefing_sidebar_item_get_caption (BriefingSidebarItem *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), NULL);

  return self->caption;
}

/**
 * briefing_sidebar_item_get_topic:
 *
 * Returns: (transfer none) (nullable): the topic the row chooses
 */
BriefingTopic *
briefing_sidebar_item_get_topic (BriefingSidebarItem *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), NULL);

  return self->topic;
}

/**
 * briefing_sidebar_item_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity the row chooses
 */
BriefingEntity *
briefing_sidebar_item_get_entity (BriefingSidebarItem *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), NULL);

  return self->entity;
}

/**
 * briefing_sidebar_item_chooses:
 *
 * Returns: whether choosing the row chooses @topic and @entity (both %NULL
 *   for "All Topics")
 */
gboolean
briefing_sidebar_item_chooses (BriefingSidebarItem *self,
                               BriefingTopic       *topic,
                               BriefingEntity      *entity)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), FALSE);

  return self->kind != BRIEFING_SIDEBAR_ITEM_HEADING && self->topic == topic && self->entity == entity;
}

/**
 * briefing_sidebar_item_get_unmentioned:
 *
 * Returns: whether the item is an entity the report lists but no event or
 *   turn names ("Not mentioned", dimmed)
 */
gboolean
briefing_sidebar_item_get_unmentioned (BriefingSidebarItem *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), FALSE);

  return self->unmentioned;
}

/**
 * briefing_sidebar_item_set_counts:
 * @n_events: the events the row holds (in the period, if one is chosen)
 * @n_turns: the turns that speak of them
 *
 * Counts anew, for a period chosen or cleared: the row stays, only its
 * caption changes. A heading has no counts.
 *
 * Returns: whether the caption changed
 */
gboolean
briefing_sidebar_item_set_counts (BriefingSidebarItem *self,
                                  guint                n_events,
                                  guint                n_turns)
{
  g_autofree char *caption = NULL;

  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ITEM (self), FALSE);
  g_return_val_if_fail (self->kind != BRIEFING_SIDEBAR_ITEM_HEADING, FALSE);

  /* In no period either. */
  if (self->unmentioned)
    return FALSE;
  caption = briefing_format_counts (n_events, n_turns);
  if (g_strcmp0 (caption, self->caption) == 0)
    return FALSE;
  g_free (self->caption);
  self->caption = g_steal_pointer (&caption);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
  return TRUE;
}
