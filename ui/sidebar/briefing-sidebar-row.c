/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-sidebar-row.h"
#include "briefing-steady-label.h"

/*
 * The row is made in code, not from a template: the sidebar's list makes a
 * row for every item it binds, and a GtkBuilder parse and expression
 * bindings for each cost more than the row's labels. What it looks like:
 *
 *   the row (3 px above and below; the item's tooltip)
 *   ├ icon (centred; decoration: the caption says what the entity is)
 *   └ texts: a vertical box 12 px after the icon (spacing 2, centred)
 *     ├ heading_label  (.heading .dim-label, 9 px above: a heading's title)
 *     ├ title_label    (a choosable item's title)
 *     └ caption_label  (.caption .dim-label: its counts; wrapped, not cut,
 *                       for a count cut off says nothing; a steady label, as
 *                       the counts change with every period and search)
 *
 * The row places the icon and the texts itself, and centres the texts itself,
 * rather than in a horizontal GtkBox and with the texts' valign: GTK 4.8
 * measures a widget's width for its height when it allocates a horizontal
 * box's children, and when it aligns a widget that is not filling its
 * allocation; a wrapping label answers a width for a height by laying itself
 * out at width after width (a binary search): 14 layouts a label, most of
 * the sidebar's first frame. A row is as wide as it is given, so it has no
 * need of that width.
 *
 * Report text reaches only plain labels and the tooltip, never markup.
 */
struct _BriefingSidebarRow
{
  GtkWidget            parent_instance;

  BriefingSidebarItem *item;
  GtkListItem         *list_item;   /* unowned: it holds the row */

  GtkWidget           *icon;
  GtkWidget           *texts;
  GtkLabel            *heading_label;
  GtkLabel            *title_label;
  BriefingSteadyLabel *caption_label;
};

G_DEFINE_FINAL_TYPE (BriefingSidebarRow, briefing_sidebar_row, GTK_TYPE_WIDGET)

#define ROW_PADDING 3     /* above and below */
#define ICON_SPACING 12   /* between the icon and the texts */

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_caption (BriefingSidebarRow *self)
{
  const char *caption = self->item != NULL ? briefing_sidebar_item_get_caption (self->item) : NULL;

  briefing_steady_label_set_text (self->caption_label, caption);
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL);
}

static void
on_item_caption_cb (BriefingSidebarRow *self)
{
  show_caption (self);
}

/* The tooltip is asked for when it is to be shown: set as text on every
 * bind, GTK 4.8 would ask the X server where the pointer is each time. */
static gboolean
on_query_tooltip_cb (GtkWidget          *widget,
                     int                 x,
                     int                 y,
                     gboolean            keyboard,
                     GtkTooltip         *tooltip,
                     BriefingSidebarRow *self)
{
  g_autofree char *text = NULL;

  if (self->item == NULL)
    return FALSE;
  g_object_get (self->item, "tooltip", &text, NULL);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* What the item says, in the widgets. */
static void
show_item (BriefingSidebarRow *self)
{
  g_autofree char *title = NULL, *icon_name = NULL, *tooltip = NULL;
  gboolean heading = FALSE, choosable = FALSE;

  if (self->item != NULL)
    g_object_get (self->item,
                  "title", &title, "icon-name", &icon_name, "tooltip", &tooltip,
                  "heading", &heading, "choosable", &choosable,
                  NULL);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon_name);
  gtk_widget_set_visible (self->icon, icon_name != NULL);
  gtk_label_set_text (self->heading_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), heading);
  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), choosable);
  show_caption (self);
  /* What a tooltip set as text would tell screen readers: GTK 4.8 makes
   * it the description. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), tooltip != NULL);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static GtkLabel *
new_label (GtkWidget  *box,
           const char *class_1,
           const char *class_2)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (class_1 != NULL)
    gtk_widget_add_css_class (label, class_1);
  if (class_2 != NULL)
    gtk_widget_add_css_class (label, class_2);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* The icon's width and the space after it, or 0 when there is no icon. */
static int
icon_width (BriefingSidebarRow *self)
{
  int width;

  if (!gtk_widget_should_layout (self->icon))
    return 0;
  gtk_widget_measure (self->icon, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width + ICON_SPACING;
}

/* As wide as the icon and the texts side by side (for any height: see the
 * top of the file); as high as the taller of them at the width given. */
static void
briefing_sidebar_row_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BriefingSidebarRow *self = BRIEFING_SIDEBAR_ROW (widget);
  int icon = icon_width (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->texts, orientation, -1, minimum, natural, NULL, NULL);
      *minimum += icon;
      *natural += icon;
    }
  else
    {
      int texts_minimum, icon_minimum = 0, icon_natural = 0;
      int width = for_size;

      if (width >= 0)
        {
          gtk_widget_measure (self->texts, GTK_ORIENTATION_HORIZONTAL, -1, &texts_minimum, NULL, NULL, NULL);
          width = MAX (width - icon, texts_minimum);
        }
      gtk_widget_measure (self->texts, orientation, width, minimum, natural, NULL, NULL);
      if (icon > 0)
        gtk_widget_measure (self->icon, orientation, -1, &icon_minimum, &icon_natural, NULL, NULL);
      *minimum = MAX (*minimum, icon_minimum) + 2 * ROW_PADDING;
      *natural = MAX (*natural, icon_natural) + 2 * ROW_PADDING;
    }
}

/* The icon at the start (the right in right-to-left text), the texts in the
 * rest; both centred in the height (the icon by its valign). */
static void
briefing_sidebar_row_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  BriefingSidebarRow *self = BRIEFING_SIDEBAR_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int icon = icon_width (self);
  int inner = MAX (height - 2 * ROW_PADDING, 0);
  GtkAllocation texts = { rtl ? 0 : icon, ROW_PADDING, MAX (width - icon, 0), inner };
  int texts_height;

  gtk_widget_measure (self->texts, GTK_ORIENTATION_VERTICAL, texts.width, NULL, &texts_height, NULL, NULL);
  if (texts_height < inner)
    {
      texts.y += (inner - texts_height) / 2;
      texts.height = texts_height;
    }

  if (icon > 0)
    {
      GtkAllocation image = { rtl ? width - icon + ICON_SPACING : 0, ROW_PADDING,
                              icon - ICON_SPACING, inner };

      gtk_widget_size_allocate (self->icon, &image, -1);
    }
  gtk_widget_size_allocate (self->texts, &texts, -1);
}

static GtkSizeRequestMode
briefing_sidebar_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
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

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->texts, gtk_widget_unparent);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, on_item_caption_cb, self);
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

  widget_class->measure = briefing_sidebar_row_measure;
  widget_class->size_allocate = briefing_sidebar_row_size_allocate;
  widget_class->get_request_mode = briefing_sidebar_row_get_request_mode;
  /* A row of labels, read as they are. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
briefing_sidebar_row_init (BriefingSidebarRow *self)
{
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  self->icon = g_object_new (GTK_TYPE_IMAGE,
                             "valign", GTK_ALIGN_CENTER,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                             NULL);
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));

  self->texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->texts, GTK_WIDGET (self));
  /* A heading sits 12 px below the row before it. */
  self->heading_label = new_label (self->texts, "heading", "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (self->heading_label), 9);
  self->title_label = new_label (self->texts, NULL, NULL);
  self->caption_label = BRIEFING_STEADY_LABEL (briefing_steady_label_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->caption_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->caption_label), "dim-label");
  gtk_box_append (GTK_BOX (self->texts), GTK_WIDGET (self->caption_label));
  show_item (self);
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
  if (self->item == item)
    return;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, on_item_caption_cb, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify::caption", G_CALLBACK (on_item_caption_cb), self, G_CONNECT_SWAPPED);
  show_item (self);
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
