/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-model-private.h"
#include "briefing-report-members.h"
#include "briefing-uri.h"

/* The report's own members, at the root of the file: what it is, its title and
 * source. Its lists are the builder's. */

/* Checks "format" and "version": on a problem here, nothing else is worth saying. */
gboolean
briefing_report_members_check_format (BriefingJsonReader  *b,
                                      JsonObject          *root,
                                      char               **version_out)
{
  JsonNode *format = json_object_get_member (root, "format");
  g_autofree char *name = NULL, *version = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 major = 0;

  if (format == NULL)
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_NOT_A_REPORT, NULL,
                   _("this is not a Briefing report: the member “format” is missing"));
      return FALSE;
    }
  name = briefing_json_reader_read_string (b, format, "format", BRIEFING_JSON_OPTIONAL);
  if (name == NULL)
    return FALSE;
  if (!g_str_equal (name, "briefing"))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_NOT_A_REPORT, "format",
                   _("this is not a Briefing report: its format is “%s”, not “briefing”"), name);
      return FALSE;
    }

  version = briefing_json_reader_take_string (b, root, "version", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  if (version == NULL)
    return FALSE;
  parts = g_strsplit (version, ".", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, NULL, NULL))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, "version",
                   _("“%s” is not a format version: expected MAJOR.MINOR, such as “1.0”"), version);
      return FALSE;
    }
  if (major != 1)
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_UNSUPPORTED_VERSION, "version",
                   _("this report uses format version %s; this version of Briefing reads "
                     "format version 1 (1.0 and later 1.x)"), version);
      return FALSE;
    }
  *version_out = g_steal_pointer (&version);
  return TRUE;
}

static gboolean
is_language_tag (const char *tag)
{
  g_auto(GStrv) subtags = g_strsplit (tag, "-", -1);
  gsize first = subtags[0] != NULL ? strlen (subtags[0]) : 0;

  if (first < 2 || first > 3)
    return FALSE;
  for (guint i = 0; subtags[i] != NULL; i++)
    {
      gsize n = strlen (subtags[i]);

      if (n < 1 || n > 8)
        return FALSE;
      for (gsize c = 0; c < n; c++)
        if (i == 0 ? !g_ascii_isalpha (subtags[i][c]) : !g_ascii_isalnum (subtags[i][c]))
          return FALSE;
    }
  return TRUE;
}

void
briefing_report_members_read (BriefingJsonReader *b,
                              JsonObject         *root,
                              BriefingReport     *report,
                              char               *version)
{
  g_autofree char *title = briefing_json_reader_take_string (b, root, "title", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
  g_autofree char *subtitle = briefing_json_reader_take_string (b, root, "subtitle", BRIEFING_JSON_OPTIONAL);
  g_autofree char *language = briefing_json_reader_take_string (b, root, "language", BRIEFING_JSON_OPTIONAL);
  g_autofree char *summary = briefing_json_reader_take_string (b, root, "summary", BRIEFING_JSON_OPTIONAL);
  g_autofree char *source_name = NULL, *source_url = NULL;
  g_autoptr(GStrvBuilder) authors = g_strv_builder_new ();
  JsonObject *source = briefing_json_reader_take_object (b, root, "source", BRIEFING_JSON_OPTIONAL);
  JsonArray *authors_array = briefing_json_reader_take_array (b, root, "authors", BRIEFING_JSON_OPTIONAL);
  BriefingDate published;

  if (language != NULL && !is_language_tag (language))
    {
      briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, "language",
                   _("“%s” is not a language tag such as “en”, “en-GB” or “uk”"), language);
      g_clear_pointer (&language, g_free);
    }
  if (briefing_json_reader_get_member (b, root, "published", BRIEFING_JSON_OPTIONAL) != NULL &&
      briefing_json_reader_take_date (b, root, "published", BRIEFING_JSON_OPTIONAL, &published))
    _briefing_report_set_published (report, &published);

  if (source != NULL)
    {
      briefing_json_reader_push_member (b, "source");
      source_name = briefing_json_reader_take_string (b, source, "name", BRIEFING_JSON_REQUIRED | BRIEFING_JSON_NON_EMPTY);
      source_url = briefing_json_reader_take_string (b, source, "url", BRIEFING_JSON_OPTIONAL);
      if (source_url != NULL && !briefing_uri_is_web (source_url))
        {
          briefing_json_reader_add_problem (b, BRIEFING_LOAD_ERROR_INVALID_VALUE, "url",
                       _("“%s” is not a valid http:// or https:// address"), source_url);
          g_clear_pointer (&source_url, g_free);
        }
      briefing_json_reader_pop (b);
    }

  briefing_json_reader_push_member (b, "authors");
  for (guint i = 0; authors_array != NULL && i < json_array_get_length (authors_array); i++)
    {
      g_autofree char *author = NULL;

      briefing_json_reader_push_index (b, i);
      author = briefing_json_reader_read_string (b, json_array_get_element (authors_array, i), NULL, BRIEFING_JSON_NON_EMPTY);
      if (author != NULL)
        g_strv_builder_add (authors, author);
      briefing_json_reader_pop (b);
    }
  briefing_json_reader_pop (b);

  _briefing_report_set_texts (report, version, g_steal_pointer (&title),
                              g_steal_pointer (&subtitle), g_steal_pointer (&language),
                              g_steal_pointer (&summary));
  _briefing_report_set_source (report, g_steal_pointer (&source_name),
                               g_steal_pointer (&source_url), g_strv_builder_end (authors));
}
