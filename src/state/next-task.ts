/**
 * Resolves in a task of its own: what comes after it starts once the browser
 * has had the chance to paint a frame and handle input. For splitting the
 * load's long steps (reading each data file, building the atlas from them).
 * A message, not setTimeout, which a background tab throttles to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
