/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *briefing_number_format       (double value);
char *briefing_number_format_large (double value);
char *briefing_number_format_count (guint  value);

G_END_DECLS
