/** Passwords seen first in leaked lists, global and Indonesian; compared case-insensitively. */
export const commonPasswords = new Set([
  '12345678', '123456789', '1234567890', '11111111', '00000000', '88888888', '87654321', '12341234',
  '11223344', '12344321', '123123123', '1q2w3e4r', '1qaz2wsx', 'qwertyui', 'qwerty123', 'qwertyuiop',
  'asdfghjk', 'zxcvbnm1', 'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'iloveyou',
  'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'welcome123', 'admin123', 'administrator',
  'letmein1', 'trustno1', 'superman', 'starwars', 'whatever', 'computer', 'michelle', 'abcd1234',
  'abc12345', 'abcdefgh', 'aa123456', 'a1234567', 'changeme', 'internet', 'jennifer', 'jessica1',
  'bismillah', 'bismillah123', 'indonesia', 'indonesia123', 'jakarta123', 'sayangku', 'sayang123',
  'cintaku123', 'rahasia123', 'rahasia1', 'katasandi', 'katasandi123', 'sandiku123', 'alhamdulillah',
  'doraemon', 'kucing123', 'garuda123', 'merdeka45', 'merdeka1945', 'pancasila', 'selamat123',
  'jalin123', 'jalinjalin', 'kemitraan', 'mitra123', 'lkp12345', 'lembaga123',
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
