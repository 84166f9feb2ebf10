/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-chip.h"
#include "briefing-entity.h"
#include "briefing-topic.h"

struct _BriefingChip
{
  GtkButton  parent_instance;

  GObject   *item;
};

G_DEFINE_FINAL_TYPE (BriefingChip, briefing_chip, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
describe_item (GObject     *item,
               const char **name,
               const char **icon_name,
               const char **style_class,
               char       **accessible_label,
               const char **tooltip)
{
  if (BRIEFING_IS_TOPIC (item))
    {
      BriefingTopic *topic = BRIEFING_TOPIC (item);

      *name = briefing_topic_get_title (topic);
      *icon_name = NULL;
      *style_class = "topic";
      /* Translators: the accessible name of a button that shows a topic's events */
      *accessible_label = g_strdup_printf (_("Topic: %s"), *name);
      *tooltip = briefing_topic_get_description (topic);
      return;
    }
  else
    {
      BriefingEntity *entity = BRIEFING_ENTITY (item);

      *name = briefing_entity_get_name (entity);
      *tooltip = briefing_entity_get_role (entity);
      if (*tooltip == NULL || **tooltip == '\0')
        *tooltip = briefing_entity_get_description (entity);
      switch (briefing_entity_get_kind (entity))
        {
        case BRIEFING_ENTITY_KIND_PERSON:
          *icon_name = "avatar-default-symbolic";
          *style_class = "person";
          *accessible_label = g_strdup_printf (_("Person: %s"), *name);
          break;
        case BRIEFING_ENTITY_KIND_ORGANIZATION:
          *icon_name = "system-users-symbolic";
          *style_class = "organization";
          *accessible_label = g_strdup_printf (_("Organization: %s"), *name);
          break;
        case BRIEFING_ENTITY_KIND_PLACE:
        default:
          *icon_name = "mark-location-symbolic";
          *style_class = "place";
          *accessible_label = g_strdup_printf (_("Place: %s"), *name);
          break;
        }
    }
}

static void
build_content (BriefingChip *self)
{
  g_autofree char *accessible_label = NULL;
  const char *name, *icon_name, *style_class, *tooltip;
  GtkWidget *box, *label;

  describe_item (self->item, &name, &icon_name, &style_class, &accessible_label, &tooltip);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      /* The accessible label says the kind in words. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), icon);
    }
  /* Report text: plain, never markup or mnemonics. */
  label = gtk_label_new (name);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (self), box);

  gtk_widget_add_css_class (GTK_WIDGET (self), style_class);
  if (tooltip != NULL && *tooltip != '\0')
    gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
}

static void
briefing_chip_constructed (GObject *object)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  G_OBJECT_CLASS (briefing_chip_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_TOPIC (self->item) || BRIEFING_IS_ENTITY (self->item));
  build_content (self);
}

static void
briefing_chip_dispose (GObject *object)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (briefing_chip_parent_class)->dispose (object);
}

static void
briefing_chip_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_chip_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_chip_class_init (BriefingChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = briefing_chip_constructed;
  object_class->dispose = briefing_chip_dispose;
  object_class->get_property = briefing_chip_get_property;
  object_class->set_property = briefing_chip_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_chip_init (BriefingChip *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "chip");
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), FALSE);
}

GtkWidget *
briefing_chip_new (GObject *item)
{
  g_return_val_if_fail (BRIEFING_IS_TOPIC (item) || BRIEFING_IS_ENTITY (item), NULL);

  return g_object_new (BRIEFING_TYPE_CHIP, "item", item, NULL);
}

GObject *
briefing_chip_get_item (BriefingChip *self)
{
  g_return_val_if_fail (BRIEFING_IS_CHIP (self), NULL);

  return self->item;
}
