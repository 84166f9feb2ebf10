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
