package org.locus.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The few kinds of passing message Locus shows, looking the same everywhere. */
public final class Notifications {

    private static final int SHORT_MS = 4000;
    private static final int LONG_MS = 8000;

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, SHORT_MS);
    }

    public static void warning(String text) {
        show(text, NotificationVariant.LUMO_WARNING, LONG_MS);
    }

    private static void show(String text, NotificationVariant variant, int duration) {
        Notification notification = Notification.show(text, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.getElement().setAttribute("aria-live", "polite");
    }
}
