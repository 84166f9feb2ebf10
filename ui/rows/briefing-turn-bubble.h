/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-lazy-row.h"
#include "briefing-turn.h"

G_BEGIN_DECLS

/*
 * One turn of an interview as a chat bubble, on the speaker's side: the
 * interviewer's at the start, a guest's at the end. The first of a run of
 * turns by one speaker shows the avatar, name and role. The text is
 * selectable; links under it lead to the events the turn refers to.
 *
 * In a list view it is lazy (briefing_turn_bubble_new_lazy()): it builds its
 * widgets only when it comes into view; see briefing-lazy-row.h.
 *
 * Properties: "turn" (BriefingTurn, nullable), "first-of-run" (boolean),
 * "marked" (boolean, read-only: see briefing_turn_bubble_set_marked());
 * "search-text" and "text-scale" from BriefingLazyRow.
 * Its links activate "view.show-event" with the turn's index and the link's
 * ("(uu)"): the view listing the bubble follows them.
 */
#define BRIEFING_TYPE_TURN_BUBBLE (briefing_turn_bubble_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTurnBubble, briefing_turn_bubble, BRIEFING, TURN_BUBBLE, BriefingLazyRow)

GtkWidget    *briefing_turn_bubble_new              (void);
GtkWidget    *briefing_turn_bubble_new_lazy         (void);
BriefingTurn *briefing_turn_bubble_get_turn         (BriefingTurnBubble *self);
void          briefing_turn_bubble_set_turn         (BriefingTurnBubble *self,
                                                     BriefingTurn       *turn);
gboolean      briefing_turn_bubble_get_first_of_run (BriefingTurnBubble *self);
void          briefing_turn_bubble_set_first_of_run (BriefingTurnBubble *self,
                                                     gboolean            first_of_run);
gboolean      briefing_turn_bubble_get_marked       (BriefingTurnBubble *self);
void          briefing_turn_bubble_set_marked       (BriefingTurnBubble *self,
                                                     gboolean            marked,
                                                     const char         *why);
void          briefing_turn_bubble_update_mark      (BriefingTurnBubble *self);

void          briefing_turn_bubble_set_text_direction (BriefingTurnBubble *self,
                                                       GtkTextDirection    direction);


char         *briefing_turn_describe                (BriefingTurn       *turn);

G_END_DECLS
