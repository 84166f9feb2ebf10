/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-sidebar-row.h"

struct _BriefingSidebarRow
{
  GtkWidget            parent_instance;

  BriefingSidebarItem *item;
  GtkListItem         *list_item;   /* unowned: it holds the row */

  /* template children */
  GtkWidget           *box;
  GtkImage            *icon;
  GtkLabel            *heading_label;
  GtkLabel            *title_label;
  GtkLabel            *caption_label;
};

G_DEFINE_FINAL_TYPE (BriefingSidebarRow, briefing_sidebar_row, GTK_TYPE_WIDGET)

static void
on_released_cb (BriefingSidebarRow *self)
{
  if (self->list_item != NULL && gtk_list_item_get_activatable (self->list_item))
    gtk_widget_activate_action (GTK_WIDGET (self), "list.activate-item", "u",
                                gtk_list_item_get_position (self->list_item));
}

static void
briefing_sidebar_row_dispose (GObject *object)
{
  BriefingSidebarRow *self = BRIEFING_SIDEBAR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_SIDEBAR_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (briefing_sidebar_row_parent_class)->dispose (object);
}

static void
briefing_sidebar_row_class_init (BriefingSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_sidebar_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebarRow, box);
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebarRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebarRow, caption_label);
  gtk_widget_class_bind_template_callback (widget_class, on_released_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A row of labels, read as they are, as the box it was before. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
briefing_sidebar_row_init (BriefingSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
briefing_sidebar_row_new (void)
{
  return g_object_new (BRIEFING_TYPE_SIDEBAR_ROW, NULL);
}

/**
 * briefing_sidebar_row_bind:
 * @list_item: the list's item holding the row, bound to a BriefingSidebarItem
 *
 * Shows @list_item's item; only a row that chooses something can be
 * selected and activated.
 */
void
briefing_sidebar_row_bind (BriefingSidebarRow *self,
                           GtkListItem        *list_item)
{
  BriefingSidebarItem *item;
  gboolean heading;
  g_autofree char *icon_name = NULL;  /* g_object_get() copies it */
  g_autofree char *tooltip = NULL;

  g_return_if_fail (BRIEFING_IS_SIDEBAR_ROW (self));
  g_return_if_fail (GTK_IS_LIST_ITEM (list_item));

  item = gtk_list_item_get_item (list_item);
  self->list_item = list_item;
  g_set_object (&self->item, item);

  heading = briefing_sidebar_item_get_kind (item) == BRIEFING_SIDEBAR_ITEM_HEADING;
  g_object_get (item, "icon-name", &icon_name, "tooltip", &tooltip, NULL);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);

  gtk_label_set_text (heading ? self->heading_label : self->title_label,
                      briefing_sidebar_item_get_title (item));
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), heading);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !heading);
  briefing_sidebar_row_update_caption (self);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  /* Report text is never markup. */
  gtk_widget_set_tooltip_text (self->box, tooltip);
}

/**
 * briefing_sidebar_row_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown
 */
BriefingSidebarItem *
briefing_sidebar_row_get_item (BriefingSidebarRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ROW (self), NULL);

  return self->item;
}

/**
 * briefing_sidebar_row_get_position:
 *
 * Returns: the position of the item shown in the list, or -1 when unbound
 */
int
briefing_sidebar_row_get_position (BriefingSidebarRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR_ROW (self), -1);

  if (self->list_item == NULL || gtk_list_item_get_item (self->list_item) == NULL)
    return -1;
  return (int) gtk_list_item_get_position (self->list_item);
}

/**
 * briefing_sidebar_row_update_caption:
 *
 * Shows the item's caption again, after its counts changed in place.
 */
void
briefing_sidebar_row_update_caption (BriefingSidebarRow *self)
{
  const char *caption;

  g_return_if_fail (BRIEFING_IS_SIDEBAR_ROW (self));

  caption = self->item != NULL ? briefing_sidebar_item_get_caption (self->item) : NULL;
  gtk_label_set_text (self->caption_label, caption != NULL ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL);
}
