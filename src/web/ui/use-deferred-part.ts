import { useCallback, useEffect, useRef, useState } from 'react';
import { useNotify } from './use-notify';

export interface DeferredPart<T> {
  /** The loaded module, or null while only the trigger is drawn. */
  part: T | null;
  /** The trigger was pressed before the part arrived: open it on arrival. */
  openOnArrival: boolean;
  /** The trigger had the keyboard focus when the part arrived: the new trigger takes it. */
  focusOnArrival: boolean;
  /** Spread on the stand-in trigger. */
  triggerProps: {
    ref: (element: HTMLElement | null) => void;
    onPointerEnter: () => void;
    onFocus: () => void;
    onClick: () => void;
  };
}

/**
 * A dropdown (Mantine's Menu or Popover, and floating-ui with them) loaded at the first sign it is
 * wanted (pointer over, focus, press) while a stand-in trigger is drawn at once, so the first page
 * does not carry it (quality bar S11). A press made before it arrived opens it on arrival.
 */
export function useDeferredPart<T>(load: () => Promise<T>): DeferredPart<T> {
  const notify = useNotify();
  const [part, setPart] = useState<T | null>(null);
  const [openOnArrival, setOpenOnArrival] = useState(false);
  const [focusOnArrival, setFocusOnArrival] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const pressed = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(() => {
    load().then(
      (loaded) => {
        if (!mounted.current) return;
        const element = trigger.current;
        setFocusOnArrival(element !== null && element.contains(document.activeElement));
        setPart(() => loaded);
      },
      (error: unknown) => {
        // Only a press is told: a pointer passing over while offline should not raise a toast.
        if (mounted.current && pressed.current) notify.error(error);
      },
    );
  }, [load, notify]);

  const triggerProps = {
    ref: (element: HTMLElement | null) => {
      trigger.current = element;
    },
    onPointerEnter: start,
    onFocus: start,
    onClick: () => {
      pressed.current = true;
      setOpenOnArrival(true);
      start();
    },
  };
  return { part, openOnArrival, focusOnArrival, triggerProps };
}

/**
 * For the loaded part: its trigger takes the focus as it is attached, then the dropdown opens if it
 * was pressed for. In that order, because Mantine notes what has the focus when a dropdown opens
 * (not when it mounts open) and gives the focus back there on closing.
 */
export function useArrivedTrigger(
  takeFocus: boolean,
  openAtOnce: boolean,
): {
  opened: boolean;
  setOpened: (opened: boolean) => void;
  target: (element: HTMLButtonElement | null) => void;
} {
  const [opened, setOpened] = useState(false);
  // Once, on arrival: Mantine's Target merges refs anew on every render, so this callback runs
  // again each time, and re-opening then would undo every close (the menu could never shut).
  const arrived = useRef(false);
  const target = useCallback(
    (element: HTMLButtonElement | null) => {
      if (!element || arrived.current) return;
      arrived.current = true;
      if (takeFocus) element.focus();
      if (openAtOnce) setOpened(true);
    },
    [takeFocus, openAtOnce],
  );
  return { opened, setOpened, target };
}
