/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "briefing-steady-label.h"

/* A height GTK was told for a width: GTK 4.8 keeps a few such answers per
 * widget until it is asked to resize, and may lay the label out at any of
 * them again (the sidebar as wide as the window when folded, then 260 px). */
typedef struct
{
  int width;   /* -1: unwrapped */
  int height;
} Told;

#define MAX_TOLD 8

struct _BriefingSteadyLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;   /* the text wrapped at the allocated width, once allocated */
  Told         told[MAX_TOLD];
  guint        n_told;
  gboolean     told_more;  /* more widths than kept: any new text resizes */
  /* What GTK asks again whenever a row around the label is measured: the
   * text's widths and, in told, its heights, kept while the text and the
   * font (the Pango context's serial) stay. GtkLabel keeps its layout for
   * the same reason; shaping the text anew at each measure was a quarter
   * of the sidebar's frame when its rows were laid out again. */
  guint        serial;
  int          min_width, nat_width;  /* -1: not known for this text */
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

/* The height told for @width, or -1. */
static int
told_height (BriefingSteadyLabel *self,
             int                  width)
{
  for (guint i = 0; i < self->n_told; i++)
    if (self->told[i].width == width)
      return self->told[i].height;
  return -1;
}

static void
remember_told (BriefingSteadyLabel *self,
               int                  width,
               int                  height)
{
  for (guint i = 0; i < self->n_told; i++)
    if (self->told[i].width == width)
      {
        self->told[i].height = height;
        return;
      }
  if (self->n_told == MAX_TOLD)
    self->told_more = TRUE;
  else
    self->told[self->n_told++] = (Told) { width, height };
}

/* Whether the text takes the height GTK was told at every width it was
 * told one for, so that its answers hold for the new text too; if so,
 * @at_width is set to the text laid out at @width. */
static gboolean
keeps_told_heights (BriefingSteadyLabel  *self,
                    int                   width,
                    PangoLayout         **at_width)
{
  if (self->told_more)
    return FALSE;
  for (guint i = 0; i < self->n_told; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, self->told[i].width);

      if (layout_height (layout) != self->told[i].height)
        return FALSE;
      if (self->told[i].width == width)
        g_set_object (at_width, layout);
    }
  if (*at_width == NULL)
    *at_width = new_layout (self, width);
  return TRUE;
}

static void
forget_sizes (BriefingSteadyLabel *self)
{
  self->n_told = 0;
  self->told_more = FALSE;
  self->min_width = self->nat_width = -1;
}

static void
queue_new_size (BriefingSteadyLabel *self)
{
  forget_sizes (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The sizes known are for the font as it is (a style or the text scale
 * may have changed it since). */
static void
check_font (BriefingSteadyLabel *self)
{
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (serial == self->serial)
    return;
  self->serial = serial;
  forget_sizes (self);
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

  check_font (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->min_width < 0)
        {
          g_autoptr(PangoLayout) unwrapped = new_layout (self, -1);
          /* As narrow as its widest character, as GtkLabel wrapping by
           * words and characters is. */
          g_autoptr(PangoLayout) narrowest = new_layout (self, 0);

          pango_layout_get_pixel_size (narrowest, &self->min_width, NULL);
          pango_layout_get_pixel_size (unwrapped, &self->nat_width, NULL);
          self->nat_width = MAX (self->nat_width, self->min_width);
        }
      *minimum = self->min_width;
      *natural = self->nat_width;
    }
  else
    {
      int height = told_height (self, for_size);

      if (height < 0)
        {
          g_autoptr(PangoLayout) layout = new_layout (self, for_size);

          height = layout_height (layout);
          remember_told (self, for_size, height);
        }
      *minimum = *natural = height;
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
  int x, y;

  if (self->layout == NULL || self->text[0] == '\0')
    return;
  briefing_steady_label_get_layout_offsets (self, &x, &y);
  /* With the CSS colour and text shadow, as GtkLabel; its other text
   * properties (letter-spacing, font features…) are private to GTK.
   * Deprecated only from GTK 4.10, whose gtk_snapshot_append_layout() and
   * gtk_widget_get_color() replace it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), x, y, self->layout);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
briefing_steady_label_direction_changed (GtkWidget        *widget,
                                         GtkTextDirection  previous)
{
  BriefingSteadyLabel *self = BRIEFING_STEADY_LABEL (widget);

  GTK_WIDGET_CLASS (briefing_steady_label_parent_class)->direction_changed (widget, previous);
  g_clear_object (&self->layout);
  queue_new_size (self);
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
  forget_sizes (self);
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
 * Once the label is allocated, a text as high at every width GTK measured
 * it at (its width among them) only redraws it.
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
  self->min_width = self->nat_width = -1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);

  /* The height at the allocated width is among those told. */
  if (self->layout != NULL && keeps_told_heights (self, gtk_widget_get_width (GTK_WIDGET (self)), &layout))
    {
      g_set_object (&self->layout, layout);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    {
      g_clear_object (&self->layout);
      queue_new_size (self);
    }

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

/**
 * briefing_steady_label_get_layout_offsets:
 * @x: (out) (optional): where the layout is drawn, in the label
 * @y: (out) (optional):
 *
 * As gtk_label_get_layout_offsets() with an xalign of 0 and a yalign of
 * 0.5: the text's start at the start of the line in the interface's
 * direction whatever the direction of its words (Pango swaps a paragraph's
 * alignment when its words run the other way), centred in the height.
 */
void
briefing_steady_label_get_layout_offsets (BriefingSteadyLabel *self,
                                          int                 *x,
                                          int                 *y)
{
  GtkWidget *widget;
  PangoRectangle logical;
  double xalign;

  g_return_if_fail (BRIEFING_IS_STEADY_LABEL (self));

  widget = GTK_WIDGET (self);
  if (self->layout == NULL)
    {
      if (x != NULL)
        *x = 0;
      if (y != NULL)
        *y = 0;
      return;
    }
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  xalign = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1.0 : 0.0;
  if (x != NULL)
    *x = (int) floor (xalign * (gtk_widget_get_width (widget) - logical.width)) - logical.x;
  if (y != NULL)
    *y = (int) floor ((gtk_widget_get_height (widget) - logical.height) * 0.5) - logical.y;
}
