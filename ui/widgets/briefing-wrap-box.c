/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-wrap-box.h"

struct _BriefingWrapBox
{
  GtkWidget parent_instance;

  int       column_spacing;
  int       row_spacing;
};

G_DEFINE_FINAL_TYPE (BriefingWrapBox, briefing_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLUMN_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Walks the visible children as they are laid out in @width, allocating them
 * when @allocate is set, and returns the height they take.
 */
static int
lay_out (BriefingWrapBox *self,
         int              width,
         gboolean         allocate)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0, y = 0, line_height = 0;
  gboolean line_empty = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_width, NULL, NULL);
      child_width = MAX (child_min, MIN (child_width, width));

      if (!line_empty && x + self->column_spacing + child_width > width)
        {
          y += line_height + self->row_spacing;
          x = 0;
          line_height = 0;
          line_empty = TRUE;
        }
      if (!line_empty)
        x += self->column_spacing;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);

      if (allocate)
        {
          GtkAllocation area = { rtl ? width - x - child_width : x, y, child_width, child_height };

          gtk_widget_size_allocate (child, &area, -1);
        }

      x += child_width;
      line_height = MAX (line_height, child_height);
      line_empty = FALSE;
    }

  return line_empty && y == 0 ? 0 : y + line_height;
}

static GtkSizeRequestMode
briefing_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
briefing_wrap_box_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  BriefingWrapBox *self = BRIEFING_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the widest child, as wide as all of them on one line. */
      int min = 0, nat = 0;
      gboolean first = TRUE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat + (first ? 0 : self->column_spacing);
          first = FALSE;
        }
      *minimum = min;
      *natural = nat;
    }
  else
    {
      int width = for_size;

      if (width < 0)
        gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
      *minimum = *natural = lay_out (self, width, FALSE);
    }
}

static void
briefing_wrap_box_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  lay_out (BRIEFING_WRAP_BOX (widget), width, TRUE);
}

static void
briefing_wrap_box_dispose (GObject *object)
{
  briefing_wrap_box_remove_all (BRIEFING_WRAP_BOX (object));

  G_OBJECT_CLASS (briefing_wrap_box_parent_class)->dispose (object);
}

static void
briefing_wrap_box_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingWrapBox *self = BRIEFING_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_COLUMN_SPACING:
      g_value_set_int (value, self->column_spacing);
      break;
    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_spacing (BriefingWrapBox *self,
             int             *spacing,
             int              value,
             GParamSpec      *pspec)
{
  if (*spacing == value)
    return;

  *spacing = value;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
briefing_wrap_box_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingWrapBox *self = BRIEFING_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_COLUMN_SPACING:
      set_spacing (self, &self->column_spacing, g_value_get_int (value), pspec);
      break;
    case PROP_ROW_SPACING:
      set_spacing (self, &self->row_spacing, g_value_get_int (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_wrap_box_class_init (BriefingWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = briefing_wrap_box_dispose;
  object_class->get_property = briefing_wrap_box_get_property;
  object_class->set_property = briefing_wrap_box_set_property;

  widget_class->get_request_mode = briefing_wrap_box_get_request_mode;
  widget_class->measure = briefing_wrap_box_measure;
  widget_class->size_allocate = briefing_wrap_box_size_allocate;

  properties[PROP_COLUMN_SPACING] =
    g_param_spec_int ("column-spacing", NULL, NULL, 0, G_MAXINT16, 0, flags);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT16, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
briefing_wrap_box_init (BriefingWrapBox *self)
{
}

GtkWidget *
briefing_wrap_box_new (void)
{
  return g_object_new (BRIEFING_TYPE_WRAP_BOX, NULL);
}

void
briefing_wrap_box_append (BriefingWrapBox *self,
                          GtkWidget       *child)
{
  g_return_if_fail (BRIEFING_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
briefing_wrap_box_remove_all (BriefingWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (BRIEFING_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

guint
briefing_wrap_box_get_n_children (BriefingWrapBox *self)
{
  guint n = 0;

  g_return_val_if_fail (BRIEFING_IS_WRAP_BOX (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}
