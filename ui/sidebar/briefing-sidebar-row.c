/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-sidebar-row.h"

struct _BriefingSidebarRow
{
  GtkWidget            parent_instance;

  BriefingSidebarItem *item;
  GtkListItem         *list_item;   /* unowned: it holds the row */

};

G_DEFINE_FINAL_TYPE (BriefingSidebarRow, briefing_sidebar_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's closure: whether the item has a caption, an icon. */
static gboolean
is_set (gpointer    this_object,
        const char *text)
{
  return text != NULL;
}

static void
briefing_sidebar_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BriefingSidebarRow *self = BRIEFING_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, briefing_sidebar_row_get_item (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  object_class->get_property = briefing_sidebar_row_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BRIEFING_TYPE_SIDEBAR_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-sidebar-row.ui");
  /* The root, bound, goes with the template (offset 0: no field for it). */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, is_set);
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
 * Shows @list_item's item (the template binds its words to the row's
 * "item"); only a row that chooses something can be selected and activated.
 */
void
briefing_sidebar_row_bind (BriefingSidebarRow *self,
                           GtkListItem        *list_item)
{
  BriefingSidebarItem *item;
  gboolean heading;

  g_return_if_fail (BRIEFING_IS_SIDEBAR_ROW (self));
  g_return_if_fail (GTK_IS_LIST_ITEM (list_item));

  item = gtk_list_item_get_item (list_item);
  heading = briefing_sidebar_item_get_kind (item) == BRIEFING_SIDEBAR_ITEM_HEADING;
  self->list_item = list_item;
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  /* Still choosable; dimmed, as its caption says it leads nowhere. */
  if (briefing_sidebar_item_get_unmentioned (item))
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
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
