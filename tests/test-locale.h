/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void test_locale_use (const char *language,
                      const char *locale);

G_END_DECLS
