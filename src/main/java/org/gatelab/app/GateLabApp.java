package org.gatelab.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gatelab.ui.FrameMonitor;
import org.gatelab.ui.AppShell;
import org.gatelab.viewmodel.FxTaskRunner;
import org.gatelab.viewmodel.Session;

/** The desktop application: one workspace window. */
public final class GateLabApp extends Application {
    private FxTaskRunner runner;
    private AppShell shell;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        Session session = new Session(runner);
        shell = new AppShell(session);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // a laptop or projector screen gets all of it; a large screen most of it
        boolean small = screen.getWidth() < 1700 || screen.getHeight() < 1000;
        double width = small ? screen.getWidth() : Math.round(screen.getWidth() * 0.85);
        double height = small ? screen.getHeight() : Math.round(screen.getHeight() * 0.85);
        Scene scene = new Scene(shell, width, height);
        stage.setTitle("GateLab " + Version.get() + " · RNN · LSTM · GRU");
        stage.setScene(scene);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        FrameMonitor.startIfRequested();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.dispose();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
