/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-page-layout.h"

struct _BriefingPageLayout
{
  GtkLayoutManager parent_instance;

  gboolean measured_hidden;   /* its size is the nothing of a page out of sight */
};

G_DEFINE_FINAL_TYPE (BriefingPageLayout, briefing_page_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
briefing_page_layout_get_request_mode (GtkLayoutManager *manager,
                                       GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
briefing_page_layout_measure (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              GtkOrientation    orientation,
                              int               for_size,
                              int              *minimum,
                              int              *natural,
                              int              *minimum_baseline,
                              int              *natural_baseline)
{
  *minimum = *natural = 0;
  if (!gtk_widget_get_child_visible (widget))
    {
      BRIEFING_PAGE_LAYOUT (manager)->measured_hidden = TRUE;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
briefing_page_layout_allocate (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               int               width,
                               int               height,
                               int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
briefing_page_layout_class_init (BriefingPageLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = briefing_page_layout_get_request_mode;
  manager_class->measure = briefing_page_layout_measure;
  manager_class->allocate = briefing_page_layout_allocate;
}

static void
briefing_page_layout_init (BriefingPageLayout *self)
{
}

/**
 * briefing_page_layout_widget_mapped:
 * @widget: a widget laid out by a BriefingPageLayout, just mapped
 *
 * If it was measured while out of sight, it is measured again. (Only then:
 * measuring a page again as it comes into view would move its lists.)
 */
void
briefing_page_layout_widget_mapped (GtkWidget *widget)
{
  BriefingPageLayout *self;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  self = BRIEFING_PAGE_LAYOUT (gtk_widget_get_layout_manager (widget));
  if (!self->measured_hidden)
    return;
  self->measured_hidden = FALSE;
  gtk_widget_queue_resize (widget);
}
