/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *briefing_safe_text_escape (const char *text);
void  briefing_safe_text_append (GString    *out,
                                 const char *text);

G_END_DECLS
