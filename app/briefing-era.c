/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-era-private.h"

/* A named span of time a report's events fall in: "The Bronze Age",
 * "The Obama years". TimelineJS calls them eras too. */
struct _BriefingEra
{
  GObject      parent_instance;
  char        *title;
  char        *description;
  BriefingDate date;
};

G_DEFINE_FINAL_TYPE (BriefingEra, briefing_era, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_era_finalize (GObject *object)
{
  BriefingEra *self = BRIEFING_ERA (object);

  g_free (self->title);
  g_free (self->description);

  G_OBJECT_CLASS (briefing_era_parent_class)->finalize (object);
}

static void
briefing_era_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BriefingEra *self = BRIEFING_ERA (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_era_class_init (BriefingEraClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_era_finalize;
  object_class->get_property = briefing_era_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_era_init (BriefingEra *self)
{
}

BriefingEra *
_briefing_era_new (char               *title,
                   char               *description,
                   const BriefingDate *date)
{
  BriefingEra *self = g_object_new (BRIEFING_TYPE_ERA, NULL);

  self->title = title;
  self->description = description;
  self->date = *date;
  return self;
}

const char *
briefing_era_get_title (BriefingEra *self)
{
  g_return_val_if_fail (BRIEFING_IS_ERA (self), NULL);
  return self->title;
}

/**
 * briefing_era_get_description:
 *
 * Returns: (nullable): what the era is, in plain text
 */
const char *
briefing_era_get_description (BriefingEra *self)
{
  g_return_val_if_fail (BRIEFING_IS_ERA (self), NULL);
  return self->description;
}

/**
 * briefing_era_get_date:
 *
 * Returns: (transfer none): the days the era covers
 */
const BriefingDate *
briefing_era_get_date (BriefingEra *self)
{
  g_return_val_if_fail (BRIEFING_IS_ERA (self), NULL);
  return &self->date;
}
