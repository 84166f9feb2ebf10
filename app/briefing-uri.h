/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean briefing_uri_is_web (const char *uri);

G_END_DECLS
