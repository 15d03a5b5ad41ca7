import { onBeforeUnmount, ref } from 'vue';

/** Whole seconds counting down to zero (the SMS resend wait); stops with the component. */
export function useCountdown() {
  const secondsLeft = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  function start(seconds: number): void {
    stop();
    const endsAt = Date.now() + seconds * 1000;
    secondsLeft.value = seconds;
    timer = setInterval(() => {
      secondsLeft.value = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      if (secondsLeft.value === 0) stop();
    }, 250);
  }

  /** Stops and reads zero: the wait is over. */
  function finish(): void {
    stop();
    secondsLeft.value = 0;
  }

  onBeforeUnmount(stop);
  return { secondsLeft, start, stop, finish };
}
