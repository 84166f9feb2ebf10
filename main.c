/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "briefing-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BriefingApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* tools/run points this at the build tree's translations, so the program
   * run uninstalled speaks the reader's language as the installed one does. */
  localedir = g_getenv ("BRIEFING_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = briefing_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
