/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-steady-label.h"

struct _BriefingSteadyLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;   /* the text wrapped at the allocated width, once allocated */
};

G_DEFINE_FINAL_TYPE (BriefingSteadyLabel, briefing_steady_label, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text at @width pixels (-1: unwrapped), at the start of the line in
 * the interface's direction, as GtkLabel with an xalign of 0. The widget's
 * Pango context follows its CSS font, so a layout made from it is laid out
 * again by Pango when the font changes. */
static PangoLayout *
new_layout (BriefingSteadyLabel *self,
            int                  width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, self->text);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_width (layout, width >= 0 ? width * PANGO_SCALE : -1);
  return layout;
}

static int
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
briefing_steady_label_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      g_autoptr(PangoLayout) unwrapped = new_layout (self, -1);
      /* As narrow as its widest character, as GtkLabel wrapping by words
       * and characters is. */
      g_autoptr(PangoLayout) narrowest = new_layout (self, 0);

      pango_layout_get_pixel_size (narrowest, minimum, NULL);
      pango_layout_get_pixel_size (unwrapped, natural, NULL);
      *natural = MAX (*natural, *minimum);
    }
  else
    {
      g_autoptr(PangoLayout) layout = new_layout (self, for_size);

      *minimum = *natural = layout_height (layout);
    }
}

static GtkSizeRequestMode
briefing_steady_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
briefing_steady_label_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (widget);

  if (self->layout == NULL)
    self->layout = new_layout (self, width);
  else
    pango_layout_set_width (self->layout, width * PANGO_SCALE);
}

static void
briefing_steady_label_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (widget);
  GdkRGBA color;

  if (self->layout == NULL || self->text[0] == '\0')
    return;
  /* gtk_widget_get_color() is GTK 4.10's. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

static void
briefing_steady_label_direction_changed (GtkWidget        *widget,
                                         GtkTextDirection  previous)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (widget);

  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
briefing_steady_label_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_steady_label_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      briefing_steady_label_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_steady_label_finalize (GObject *object)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (object);

  g_clear_object (&self->layout);
  g_free (self->text);

  G_OBJECT_CLASS (briefing_steady_label_parent_class)->finalize (object);
}

static void
briefing_steady_label_class_init (BriefingSteadyLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = briefing_steady_label_finalize;
  object_class->get_property = briefing_steady_label_get_property;
  object_class->set_property = briefing_steady_label_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = briefing_steady_label_measure;
  widget_class->get_request_mode = briefing_steady_label_get_request_mode;
  widget_class->size_allocate = briefing_steady_label_size_allocate;
  widget_class->snapshot = briefing_steady_label_snapshot;
  widget_class->direction_changed = briefing_steady_label_direction_changed;
  /* Styled as a label by the theme (colours, the .caption font). */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
briefing_steady_label_init (BriefingSteadyLabel *self)
{
  self->text = g_strdup ("");
}

GtkWidget *
briefing_steady_label_new (void)
{
  return g_object_new (BRIEFING_TYPE_STEADY_LABEL, NULL);
}

const char *
briefing_steady_label_get_text (BriefingSteadyLabel *self)
{
  g_return_val_if_fail (BRIEFING_IS_STEADY_LABEL (self), NULL);

  return self->text;
}

/**
 * briefing_steady_label_set_text:
 * @text: (nullable): plain text; %NULL for none
 *
 * Once the label is allocated, a text as high at its width only redraws it.
 */
void
briefing_steady_label_set_text (BriefingSteadyLabel *self,
                                const char          *text)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (BRIEFING_IS_STEADY_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);

  if (self->layout != NULL)
    {
      layout = new_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
      if (layout_height (layout) == layout_height (self->layout))
        {
          g_set_object (&self->layout, layout);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
      else
        {
          g_clear_object (&self->layout);
          gtk_widget_queue_resize (GTK_WIDGET (self));
        }
    }
  else
    gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * briefing_steady_label_get_layout:
 *
 * Returns: (transfer none) (nullable): the text as drawn, at the width
 *   allocated; %NULL until it is allocated (or while a new size is asked).
 */
PangoLayout *
briefing_steady_label_get_layout (BriefingSteadyLabel *self)
{
  g_return_val_if_fail (BRIEFING_IS_STEADY_LABEL (self), NULL);

  return self->layout;
}
