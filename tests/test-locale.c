/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "test-locale.h"

/*
 * Switches the process to an interface language and a locale: messages from
 * the .mo files built in the build tree (BRIEFING_LOCALEDIR), dates and
 * numbers from a locale compiled there (LOCPATH, see make-test-locales.sh).
 * setlocale() also tells gettext to forget what it found for the previous
 * language.
 */
void
test_locale_use (const char *language,
                 const char *locale)
{
  const char *localedir = g_getenv ("BRIEFING_LOCALEDIR");

  g_assert_nonnull (localedir);
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("locale %s is missing from LOCPATH=%s (made by tests/make-test-locales.sh)",
             locale, g_getenv ("LOCPATH"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
