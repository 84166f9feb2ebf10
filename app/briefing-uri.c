/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-uri.h"

/**
 * briefing_uri_is_web:
 * @uri: (nullable): an address from a report
 *
 * The one rule for a report's links, used both when loading (a source URL that
 * breaks it is a problem) and before opening one (nothing else is opened).
 *
 * Returns: whether @uri is a well-formed http or https address with a host
 */
gboolean
briefing_uri_is_web (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  const char *scheme, *host;

  if (uri == NULL)
    return FALSE;
  for (const char *p = uri; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
      return FALSE;
  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (parsed);
  host = g_uri_get_host (parsed);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && host[0] != '\0';
}
