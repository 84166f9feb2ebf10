/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest name a page tab gets, in characters: a tab of the view
 * switcher is at least 100 px wide, which holds about this many. */
#define BRIEFING_TAB_NAME_MAX_CHARS 16

char **briefing_tab_names_for_titles (const char * const *titles);

G_END_DECLS
