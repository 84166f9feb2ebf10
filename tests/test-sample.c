/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-text-search.h"
#include "test-sample.h"

BriefingReport *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("BRIEFING_SAMPLE"));
  g_autoptr(GError) error = NULL;
  BriefingReport *report = briefing_report_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static gpointer
find_by_id (GListModel *model,
            const char *id,
            const char *(*get_id) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_id (item), id) == 0)
        return item;   /* the model keeps it alive */
    }
  g_assert_not_reached ();
}

BriefingTopic *
find_topic (BriefingReport *report,
            const char     *id)
{
  return find_by_id (briefing_report_get_topics (report), id,
                     (const char *(*) (gpointer)) briefing_topic_get_id);
}

BriefingEntity *
find_entity (BriefingReport *report,
             const char     *id)
{
  return find_by_id (briefing_report_get_entities (report), id,
                     (const char *(*) (gpointer)) briefing_entity_get_id);
}

BriefingEvent *
find_event (BriefingReport *report,
            const char     *id)
{
  return find_by_id (briefing_report_get_events (report), id,
                     (const char *(*) (gpointer)) briefing_event_get_id);
}

BriefingInterview *
first_interview (BriefingReport *report)
{
  g_autoptr(BriefingInterview) interview =
    g_list_model_get_item (briefing_report_get_interviews (report), 0);

  return interview;   /* the report keeps it alive */
}

/* The model's text an event is searched in, gathered here independently. */
gboolean
event_contains (BriefingEvent *event,
                const char    *word)
{
  g_autofree char *folded = briefing_text_search_fold (word);
  g_autofree char *resolved = briefing_date_format (briefing_event_get_date (event));
  BriefingAttribution *attribution = briefing_event_get_attribution (event);
  BriefingEntity *place = briefing_event_get_place (event);
  GPtrArray *quotes = briefing_event_get_quotes (event);
  const char *texts[] = {
    briefing_event_get_headline (event),
    briefing_event_get_body (event),
    briefing_event_get_date_text (event),
    briefing_event_get_time_of_day (event),
    place != NULL ? briefing_entity_get_name (place) : NULL,
    attribution != NULL ? attribution->text : NULL,
    resolved,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && briefing_text_search_contains (texts[i], folded))
      return TRUE;
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    if (briefing_text_search_contains (((BriefingQuote *) g_ptr_array_index (quotes, i))->text, folded))
      return TRUE;
  return FALSE;
}

gboolean
list_contains (GListModel *model,
               gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (object == item)
        return TRUE;
    }
  return FALSE;
}

int
test_run_briefing_v (const char  *cwd,
                     char       **out,
                     char       **err,
                     va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;

  g_ptr_array_add (argv, (gpointer) g_getenv ("BRIEFING_PROGRAM"));
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, cwd);
  /* --validate and --convert must work without a display or a session bus. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

int
test_run_briefing (const char  *cwd,
                   char       **out,
                   char       **err,
                   ...)
{
  va_list args;
  int status;

  va_start (args, err);
  status = test_run_briefing_v (cwd, out, err, args);
  va_end (args);
  return status;
}
