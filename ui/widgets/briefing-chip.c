/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-chip.h"
#include "briefing-entity-details.h"
#include "briefing-entity.h"
#include "briefing-topic.h"

struct _BriefingChip
{
  GtkButton  parent_instance;

  GObject    *item;
  const char *tooltip;  /* the item's, or NULL */
  GtkWidget  *details;  /* the entity's popover, while it is shown */
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
  /* A name takes the room it needs, at every zoom, and is cut short only
   * where the row itself is narrower than it: a cap in characters was
   * measured in the unscaled font, so a zoomed name was cut beside free
   * room. (A wrapping label in the chip's box is measured width-for-height
   * by GtkBox and keeps a stale second line.) */
  label = gtk_label_new (name);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (self), box);

  gtk_widget_add_css_class (GTK_WIDGET (self), style_class);
  /* Given when asked for: set as text, GTK 4.8 asks the X server where
   * the pointer is, once for every chip of every row built. What a tooltip
   * set as text would tell screen readers, it is the description. */
  self->tooltip = tooltip != NULL && *tooltip != '\0' ? tooltip : NULL;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), self->tooltip != NULL);
  if (self->tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->tooltip,
                                    -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
}

static void
drop_details (BriefingChip *self)
{
  if (self->details == NULL)
    return;
  gtk_widget_unparent (self->details);
  self->details = NULL;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), self->tooltip != NULL);
}

static gboolean
drop_details_cb (gpointer user_data)
{
  BriefingChip *self = user_data;

  drop_details (self);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_details_closed_cb (BriefingChip *self)
{
  /* Not from within the popover's own signal. */
  g_idle_add (drop_details_cb, g_object_ref (self));
}

/* Made when asked for: a row has several chips, a list hundreds of rows. */
static void
show_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BriefingChip *self = BRIEFING_CHIP (widget);

  if (!BRIEFING_IS_ENTITY (self->item) || self->details != NULL)
    return;
  self->details = briefing_entity_details_new (BRIEFING_ENTITY (self->item));
  gtk_widget_set_parent (self->details, widget);
  g_signal_connect_object (self->details, "closed", G_CALLBACK (on_details_closed_cb), self, G_CONNECT_SWAPPED);
  /* The popover says more than the tooltip: no tooltip drawn over it. */
  gtk_widget_set_has_tooltip (widget, FALSE);
  gtk_popover_popup (GTK_POPOVER (self->details));
}

/* A right-click or a long press: the gesture is the chip's, not the button's click. */
static void
on_details_gesture_cb (GtkGesture *gesture)
{
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_activate_action (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)),
                              "chip.show-details", NULL);
}

static gboolean
briefing_chip_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  BriefingChip *self = BRIEFING_CHIP (widget);

  if (self->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tooltip);
  return TRUE;
}

static void
briefing_chip_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  BriefingChip *self = BRIEFING_CHIP (widget);

  GTK_WIDGET_CLASS (briefing_chip_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->details != NULL)
    gtk_popover_present (GTK_POPOVER (self->details));
}

static void
briefing_chip_constructed (GObject *object)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  G_OBJECT_CLASS (briefing_chip_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_TOPIC (self->item) || BRIEFING_IS_ENTITY (self->item));
  build_content (self);
  /* A topic's chip has nothing more to say than its tooltip. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chip.show-details", BRIEFING_IS_ENTITY (self->item));
  if (BRIEFING_IS_ENTITY (self->item))
    {
      GtkGesture *secondary = gtk_gesture_click_new ();
      GtkGesture *long_press = gtk_gesture_long_press_new ();

      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
      g_signal_connect (secondary, "pressed", G_CALLBACK (on_details_gesture_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
      gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
      g_signal_connect (long_press, "pressed", G_CALLBACK (on_details_gesture_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
    }
}

static void
briefing_chip_dispose (GObject *object)
{
  BriefingChip *self = BRIEFING_CHIP (object);

  drop_details (self);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_chip_constructed;
  widget_class->size_allocate = briefing_chip_size_allocate;
  widget_class->query_tooltip = briefing_chip_query_tooltip;
  /* The context menu's keys open an entity's details. */
  gtk_widget_class_install_action (widget_class, "chip.show-details", NULL, show_details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chip.show-details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chip.show-details", NULL);
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

/**
 * briefing_chip_get_tooltip:
 *
 * Returns: (nullable): what the chip's tooltip says (the topic's
 *   description, the entity's role or description), also its accessible
 *   description; %NULL for none
 */
const char *
briefing_chip_get_tooltip (BriefingChip *self)
{
  g_return_val_if_fail (BRIEFING_IS_CHIP (self), NULL);

  return self->tooltip;
}
