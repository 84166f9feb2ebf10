/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-row-focus.h"

/*
 * How the keyboard reads a list of rows: Tab stops at a row, then at its
 * chips and links, then at the next row (Shift+Tab the other way round);
 * Up and Down go from row to row; Left and Right move inside a row. The
 * text is never a stop (briefing_text_set_selectable_only()).
 *
 * GTK 4.8's list item gives the focus to its child's first focusable widget
 * before itself, so Tab would skip the row and Down would go into it: a
 * row entered by the keyboard takes the focus on its item first.
 *
 * Tab from outside enters a GtkListView at the item it last had the focus,
 * even when the reader has scrolled it away since: off screen, where it is
 * not even built (BriefingRowsInView), so it has no chips or links to go on
 * to and Tab would leave the list again at once. It is a row on screen
 * instead, the first (the last for Shift+Tab), as the reader sees it.
 */

/* The row's item in a GtkListView, which takes the focus for it; NULL
 * outside a list. */
static GtkWidget *
list_item_of (GtkWidget *row)
{
  GtkWidget *item = gtk_widget_get_parent (row);

  if (item == NULL || !GTK_IS_LIST_VIEW (gtk_widget_get_parent (item)))
    return NULL;
  return item;
}

/* Whether @item is laid out in the list's view: GTK 4.8 hides the others. */
static gboolean
on_screen (GtkWidget *item,
           GtkWidget *list)
{
  graphene_rect_t bounds;

  return gtk_widget_get_child_visible (item) &&
         gtk_widget_compute_bounds (item, list, &bounds) &&
         bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.y < gtk_widget_get_height (list);
}

/* The first item on screen of @list, or the last when going backward. */
static GtkWidget *
item_on_screen (GtkWidget        *list,
                GtkDirectionType  direction)
{
  gboolean backward = direction == GTK_DIR_TAB_BACKWARD;
  GtkWidget *found = NULL;
  graphene_rect_t best = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  /* By where they are, not by the order of the list's children. */
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      graphene_rect_t bounds;

      if (!on_screen (item, list) || !gtk_widget_compute_bounds (item, list, &bounds))
        continue;
      if (found == NULL ||
          (backward ? bounds.origin.y > best.origin.y : bounds.origin.y < best.origin.y))
        {
          found = item;
          best = bounds;
        }
    }
  return found;
}

/**
 * briefing_row_focus:
 * @row: a row of a list view
 * @parent_class: @row's parent class, whose focus() moves inside the row
 *
 * For a row's GtkWidgetClass.focus.
 */
gboolean
briefing_row_focus (GtkWidget        *row,
                    GtkDirectionType  direction,
                    GtkWidgetClass   *parent_class)
{
  GtkWidget *item = list_item_of (row);
  gboolean on_item, in_row;

  if (item == NULL)
    return parent_class->focus (row, direction);

  on_item = gtk_widget_is_focus (item);
  in_row = gtk_widget_get_focus_child (row) != NULL;

  /* Entering the list from outside, at a row scrolled away: one on screen. */
  if ((direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD) &&
      gtk_widget_get_focus_child (gtk_widget_get_parent (item)) == NULL &&
      !on_screen (item, gtk_widget_get_parent (item)))
    {
      GtkWidget *visible = item_on_screen (gtk_widget_get_parent (item), direction);

      if (visible != NULL)
        return gtk_widget_child_focus (visible, direction);
    }

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      if (!on_item && !in_row)
        return gtk_widget_grab_focus (item);
      return parent_class->focus (row, direction);

    case GTK_DIR_TAB_BACKWARD:
      /* Back from the row: to the row before, its last chip or link first. */
      if (on_item)
        return FALSE;
      if (parent_class->focus (row, direction))
        return TRUE;
      return gtk_widget_grab_focus (item);

    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
      /* From row to row: the list moves on when the row says no. */
      if (on_item || in_row)
        return FALSE;
      return gtk_widget_grab_focus (item);

    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return parent_class->focus (row, direction);
    }
}
