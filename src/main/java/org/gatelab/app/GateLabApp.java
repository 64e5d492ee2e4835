package org.gatelab.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gatelab.ui.MainView;
import org.gatelab.viewmodel.FxTaskRunner;
import org.gatelab.viewmodel.Session;

/** The desktop application: one workspace window. */
public final class GateLabApp extends Application {
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        Session session = new Session(runner);
        MainView view = new MainView(session);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1500, screen.getWidth());
        double height = Math.min(950, screen.getHeight());
        Scene scene = new Scene(view, width, height);
        stage.setTitle("GateLab " + Version.get() + " · RNN · LSTM · GRU");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }
}
