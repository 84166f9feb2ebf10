/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-era-private.h"
#include "briefing-report-eras.h"

/* The top-level "eras" of format 1.1: [{ "title", "date", "description"? }]. */

/* For g_ptr_array_sort(), which is stable: eras of one span keep the file's order. */
int
briefing_era_compare (gconstpointer a,
                      gconstpointer b)
{
  return briefing_date_compare (briefing_era_get_date (*(BriefingEra **) a),
                                briefing_era_get_date (*(BriefingEra **) b));
}

void
briefing_report_eras_read (BriefingJsonReader *b,
                           JsonObject         *root,
                           BriefingReport     *report)
{
  JsonArray *array = briefing_json_reader_take_array (b, root, "eras", BRIEFING_JSON_OPTIONAL);
  g_autoptr(GPtrArray) eras = g_ptr_array_new_with_free_func (g_object_unref);

  if (array == NULL)
    return;

  briefing_json_reader_push_member (b, "eras");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *title = NULL, *description = NULL;
      JsonObject *object;
      BriefingDate date;
      gboolean has_date;

      briefing_json_reader_push_index (b, i);
      object = briefing_json_reader_read_object (b, json_array_get_element (array, i), NULL);
      if (object != NULL)
        {
          title = briefing_json_reader_take_string (b, object, "title", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
          has_date = briefing_json_reader_take_date (b, object, "date", BRIEFING_JSON_REQUIRED, &date);
          description = briefing_json_reader_take_string (b, object, "description", BRIEFING_JSON_OPTIONAL);
          if (title != NULL && has_date)
            g_ptr_array_add (eras, _briefing_era_new (g_steal_pointer (&title),
                                                      g_steal_pointer (&description), &date));
        }
      briefing_json_reader_pop (b);
    }
  briefing_json_reader_pop (b);

  g_ptr_array_sort (eras, briefing_era_compare);
  _briefing_report_set_eras (report, g_steal_pointer (&eras));
}
