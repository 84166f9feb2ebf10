/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-entity-details.h"
#include "briefing-text-highlight.h"

/**
 * briefing_entity_format_coordinates:
 *
 * Returns: (transfer full): "46.4825° N, 30.7233° E": degrees with four
 *   decimals (about 10 m), north or south, east or west, in the reader's
 *   number format
 */
char *
briefing_entity_format_coordinates (double latitude,
                                    double longitude)
{
  g_autofree char *lat = g_strdup_printf ("%.4f", fabs (latitude));
  g_autofree char *lon = g_strdup_printf ("%.4f", fabs (longitude));
  g_autofree char *lat_text = NULL;
  g_autofree char *lon_text = NULL;

  /* Translators: degrees of latitude north, "46.4825° N" */
  lat_text = g_strdup_printf (latitude >= 0 ? _("%s° N")
                                            /* Translators: degrees of latitude south, "33.8688° S" */
                                            : _("%s° S"), lat);
  /* Translators: degrees of longitude east, "30.7233° E" */
  lon_text = g_strdup_printf (longitude >= 0 ? _("%s° E")
                                             /* Translators: degrees of longitude west, "0.1276° W" */
                                             : _("%s° W"), lon);
  /* Translators: a place's coordinates, latitude then longitude */
  return g_strdup_printf (C_("coordinates", "%s, %s"), lat_text, lon_text);
}

static const char *
kind_name (BriefingEntity *entity)
{
  switch (briefing_entity_get_kind (entity))
    {
    case BRIEFING_ENTITY_KIND_PERSON:
      return C_("entity kind", "Person");
    case BRIEFING_ENTITY_KIND_ORGANIZATION:
      return C_("entity kind", "Organization");
    case BRIEFING_ENTITY_KIND_PLACE:
    default:
      return C_("entity kind", "Place");
    }
}

/* Report text, as text: a selectable label that wraps. */
static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* Selectable with the pointer; the popover's focus would select all of it. */
  briefing_text_set_selectable_only (GTK_LABEL (label));
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (box, label);
  return label;
}

/**
 * briefing_entity_details_new:
 *
 * Returns: (transfer floating): a popover for @entity, to be parented and popped up
 */
GtkWidget *
briefing_entity_details_new (BriefingEntity *entity)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  const char *role = briefing_entity_get_role (entity);
  const char *description = briefing_entity_get_description (entity);
  double latitude, longitude;

  g_return_val_if_fail (BRIEFING_IS_ENTITY (entity), NULL);

  gtk_widget_set_margin_start (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);
  add_label (box, briefing_entity_get_name (entity), "heading");
  add_label (box, kind_name (entity), "dim-label");
  if (role != NULL && *role != '\0')
    add_label (box, role, NULL);
  if (description != NULL && *description != '\0')
    add_label (box, description, NULL);
  if (briefing_entity_get_coordinates (entity, &latitude, &longitude))
    {
      g_autofree char *coordinates = briefing_entity_format_coordinates (latitude, longitude);

      add_label (box, coordinates, "numeric");
    }
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (box));
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, briefing_entity_get_name (entity), -1);
  return popover;
}
