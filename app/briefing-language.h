/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  briefing_language_is_right_to_left (const char *tag);
char     *briefing_text_isolate              (const char *text);
char     *briefing_text_isolate_as           (const char *text,
                                              gboolean    right_to_left);

G_END_DECLS
