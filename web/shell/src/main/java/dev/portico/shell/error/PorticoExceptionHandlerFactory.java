package dev.portico.shell.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in the shell's faces-config.xml. */
public class PorticoExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PorticoExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PorticoExceptionHandler(getWrapped().getExceptionHandler());
    }
}
