/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "briefing-figure-meter.h"
#include "briefing-number.h"
#include "briefing-text-highlight.h"

struct _BriefingFigureMeter
{
  GtkWidget       parent_instance;

  BriefingFigure *figure;
  GtkWidget      *box;
};

G_DEFINE_FINAL_TYPE (BriefingFigureMeter, briefing_figure_meter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FIGURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static void
build_content (BriefingFigureMeter *self)
{
  const BriefingFigure *figure = self->figure;
  g_autofree char *number = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *value_row, *value_label, *caption;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  value_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self->box), value_row);

  if (figure->has_total && figure->total > 0)
    {
      GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, figure->total);

      /* A part of a whole is neither good nor bad: no low/high colours. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (figure->value, 0.0, figure->total));
      gtk_widget_set_size_request (bar, 96, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, figure->label,
                                      -1);
      gtk_box_append (GTK_BOX (value_row), bar);
    }

  if (figure->has_total)
    {
      g_autofree char *value = briefing_number_format (figure->value);
      g_autofree char *total = briefing_number_format (figure->total);

      /* Translators: a part of a whole: "31 of 48" */
      number = g_strdup_printf (C_("figure", "%s of %s"), value, total);
    }
  else
    number = briefing_figure_format_number (figure->value);

  /* "thousands" stored as 1000 is a floor, not a value: where the report
   * gives an approximate figure in words, the words lead. */
  if (figure->approximate && !figure->has_total && figure->text != NULL && *figure->text != '\0')
    {
      g_free (number);
      number = g_strdup (figure->text);
    }
  else if (figure->approximate)
    {
      g_autofree char *exact = g_steal_pointer (&number);

      /* Translators: an approximate number: "about 40" */
      number = g_strdup_printf (C_("figure", "about %s"), exact);
    }

  value_label = gtk_label_new (number);
  /* Words given as the value ("the first thousands of soldiers") wrap, or a
   * figure would keep a narrow window from being narrow. */
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (value_label, "figure-value");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0.0);
  gtk_box_append (GTK_BOX (value_row), value_label);

  if (figure->unit != NULL && *figure->unit != '\0')
    {
      GtkWidget *unit = gtk_label_new (figure->unit);

      gtk_label_set_wrap (GTK_LABEL (unit), TRUE);
      gtk_label_set_xalign (GTK_LABEL (unit), 0.0);
      gtk_widget_set_valign (unit, GTK_ALIGN_BASELINE);
      gtk_widget_set_valign (value_label, GTK_ALIGN_BASELINE);
      gtk_widget_add_css_class (unit, "figure-unit");
      gtk_box_append (GTK_BOX (value_row), unit);
    }

  caption = new_caption (figure->label);
  gtk_box_append (GTK_BOX (self->box), caption);

  amount = briefing_figure_format_amount (figure);
  if (figure->text != NULL && *figure->text != '\0' && g_strcmp0 (figure->text, amount) != 0 &&
      g_strcmp0 (figure->text, number) != 0)
    {
      /* Translators: a figure as the report writes it, in quotation marks */
      g_autofree char *written = g_strdup_printf (_("“%s”"), figure->text);
      GtkWidget *label = new_caption (written);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->box), label);
    }

  if (figure->attribution != NULL)
    {
      g_autofree char *text = briefing_text_capitalize (figure->attribution->text);
      GtkWidget *label = new_caption (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (self->box), label);
    }

  /* Translators: a figure read out, label then amount: "drones intercepted: 31 of 48 drones" */
  accessible = g_strdup_printf (C_("figure", "%s: %s"), figure->label,
                                g_strcmp0 (number, figure->text) == 0 ? number : amount);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
briefing_figure_meter_constructed (GObject *object)
{
  BriefingFigureMeter *self = BRIEFING_FIGURE_METER (object);

  G_OBJECT_CLASS (briefing_figure_meter_parent_class)->constructed (object);

  g_assert (self->figure != NULL);
  build_content (self);
}

static void
briefing_figure_meter_dispose (GObject *object)
{
  BriefingFigureMeter *self = BRIEFING_FIGURE_METER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (briefing_figure_meter_parent_class)->dispose (object);
}

static void
briefing_figure_meter_finalize (GObject *object)
{
  BriefingFigureMeter *self = BRIEFING_FIGURE_METER (object);

  g_clear_pointer (&self->figure, briefing_figure_unref);

  G_OBJECT_CLASS (briefing_figure_meter_parent_class)->finalize (object);
}

static void
briefing_figure_meter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingFigureMeter *self = BRIEFING_FIGURE_METER (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      g_value_set_boxed (value, self->figure);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_figure_meter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingFigureMeter *self = BRIEFING_FIGURE_METER (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      self->figure = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_figure_meter_class_init (BriefingFigureMeterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_figure_meter_constructed;
  object_class->dispose = briefing_figure_meter_dispose;
  object_class->finalize = briefing_figure_meter_finalize;
  object_class->get_property = briefing_figure_meter_get_property;
  object_class->set_property = briefing_figure_meter_set_property;

  properties[PROP_FIGURE] =
    g_param_spec_boxed ("figure", NULL, NULL, BRIEFING_TYPE_FIGURE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "figure");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
briefing_figure_meter_init (BriefingFigureMeter *self)
{
}

GtkWidget *
briefing_figure_meter_new (BriefingFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  return g_object_new (BRIEFING_TYPE_FIGURE_METER, "figure", figure, NULL);
}

BriefingFigure *
briefing_figure_meter_get_figure (BriefingFigureMeter *self)
{
  g_return_val_if_fail (BRIEFING_IS_FIGURE_METER (self), NULL);

  return self->figure;
}

/**
 * briefing_figure_format_number:
 * @value: a number from a report
 *
 * Returns: (transfer full): @value for reading: "425 million", "1.5 billion",
 *   "1,234" (grouped as the locale does), "2.5"
 */
char *
briefing_figure_format_number (double value)
{
  return briefing_number_format_large (value);
}

/**
 * briefing_figure_format_amount:
 * @figure: a figure
 *
 * Returns: (transfer full): the figure in words and digits: "31 of 48 drones",
 *   "425 million USD", "about 40 people"
 */
char *
briefing_figure_format_amount (const BriefingFigure *figure)
{
  g_autofree char *number = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  if (figure->has_total)
    {
      g_autofree char *value = briefing_number_format (figure->value);
      g_autofree char *total = briefing_number_format (figure->total);

      number = g_strdup_printf (C_("figure", "%s of %s"), value, total);
    }
  else
    number = briefing_figure_format_number (figure->value);

  if (figure->unit != NULL && *figure->unit != '\0')
    /* Translators: a number and its unit: "48 drones", "425 million USD" */
    amount = g_strdup_printf (C_("figure", "%s %s"), number, figure->unit);
  else
    amount = g_steal_pointer (&number);

  if (figure->approximate)
    return g_strdup_printf (C_("figure", "about %s"), amount);
  return g_steal_pointer (&amount);
}
