/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "briefing-text-dialog.h"

/* A text view lays out a paragraph at a time, as it comes into view: a
 * megabyte without a line break would be one paragraph laid out at once.
 * Runs longer than this are broken at a space; where none comes soon after
 * (Chinese, Japanese, a long link), between two characters. */
#define MAX_PARAGRAPH_BYTES 4096
#define MAX_SPACE_WAIT_BYTES 200

static char *
break_long_paragraphs (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 64);
  gsize run = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        run = 0;
      else if (++run > MAX_PARAGRAPH_BYTES && *p == ' ')
        {
          g_string_append_c (out, '\n');
          run = 0;
          continue;
        }
      else if (run > MAX_PARAGRAPH_BYTES + MAX_SPACE_WAIT_BYTES && (*p & 0xc0) != 0x80)
        {
          /* Before the first byte of a character. */
          g_string_append_c (out, '\n');
          run = 1;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
briefing_text_dialog_present (GtkWidget  *parent,
                              const char *title,
                              const char *text)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkRoot *root = gtk_widget_get_root (parent);
  g_autofree char *shown = break_long_paragraphs (text);

  gtk_window_set_title (GTK_WINDOW (window), title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 18);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 18);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), shown, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}
