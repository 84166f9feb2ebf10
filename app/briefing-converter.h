/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int briefing_convert_command_line (const char * const *arguments);

G_END_DECLS
