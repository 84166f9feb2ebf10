/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * How far report text may be zoomed: the range of every "text-scale"
 * property, from the window down to a bubble, and of the "text-zoom" setting
 * in the schema, which must say the same.
 */
#define BRIEFING_TEXT_SCALE_MIN 0.5
#define BRIEFING_TEXT_SCALE_MAX 3.0

G_END_DECLS
