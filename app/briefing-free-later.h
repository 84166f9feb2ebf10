/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void briefing_free_later      (gpointer       data,
                               GDestroyNotify free_func);
void briefing_free_later_wait (void);

G_END_DECLS
