#!/usr/bin/env node
"use strict";var XD=Object.create;var nd=Object.defineProperty;var QD=Object.getOwnPropertyDescriptor;var ZD=Object.getOwnPropertyNames;var ek=Object.getPrototypeOf,tk=Object.prototype.hasOwnProperty;var l=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var ly=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},nr=(t,e)=>{for(var r in e)nd(t,r,{get:e[r],enumerable:!0})},rk=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of ZD(e))!tk.call(t,n)&&n!==r&&nd(t,n,{get:()=>e[n],enumerable:!(o=QD(e,n))||o.enumerable});return t};var Xr=(t,e,r)=>(r=t!=null?XD(ek(t)):{},rk(e||!t||!t.__esModule?nd(r,"default",{value:t,enumerable:!0}):r,t));var ha,It,pE=l(()=>{ha={warningEmitted:!1},It=t=>{if(t&&!ha.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ha.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ha.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var lE=l(()=>{});function vr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var uE=l(()=>{});var qk,yr,dE=l(()=>{qk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(qk()&&typeof t?.handle!="functi\
on")return e}});var Ii,Sd=l(()=>{Ii=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var In,ya,Tn=l(()=>{Sd();In=(t,e=0,r=t.byteLength-e)=>{if(!Ii(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ya=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Wk,Re,mE=l(()=>{Tn();Wk=/^[A-Za-z0-9+/]*={0,2}$/,Re=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Wk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ya(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var ae,Ea=l(()=>{Tn();ae=t=>{let e=ya(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var he,fE=l(()=>{Tn();Ea();he=t=>{let e;if(typeof t=="string"?e=ae(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return In(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function gE(t,e,r,o){return class Sa extends Uint8Array{static fromString(i,s="utf-8"){if(typeof i=="string")return s==="base64"?Sa.mutate(o(i)):Sa.mutate(e(i));
throw new Error(`Unsupported conversion from ${typeof i} to Uint8ArrayBlobAdapter.`)}static mutate(i){return Object.setPrototypeOf(i,Sa.prototype),i}transformToString(i="\
utf-8"){return i==="base64"?r(this):t(this)}}}var hE=l(()=>{});var ee,yE=l(()=>{Tn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return In(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function EE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,SE=l(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Uo,xE=l(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Uo||(Uo={}))});var Br,RE=l(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Br||(Br={}))});var _E=l(()=>{RE()});var Er,wE=l(()=>{Er="__smithy_context"});var Cr,IE=l(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Cr||(Cr={}))});var Pr=l(()=>{xE();_E();wE();IE()});var te,TE=l(()=>{Pr();te=t=>t[Er]||(t[Er]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var xd=l(()=>{});function Kk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,vE=l(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Kk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,CE=l(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Jk,Ar,PE=l(()=>{Jk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Ar=(t,e=!1)=>{if(!e)return Jk.test(t);let r=t.split(".");for(let o of r)if(!Ar(o))return!1;
return!0}});function Rd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var AE=l(()=>{});var W,bE=l(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function OE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var NE=l(()=>{});var ye,_d=l(()=>{NE();ye=t=>{if(typeof t=="string")return ye(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:i}=t,s;return i&&(s=OE(i)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:s}}});var oo,DE=l(()=>{xd();_d();oo=t=>{if(typeof t=="object"){if("url"in t){let e=ye(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return ye(t)}});var Y=l(()=>{TE();xd();vE();CE();PE();AE();bE();_d();DE()});var wd,Yk,kE,Xk,$E,LE,FE,Qk,UE,ME,Zk,xa,vn,BE,e$,t$,HE=l(()=>{wd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&t$.warn(e$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Yk=Math.ceil(2**127*(2-2**-23)),kE=t=>{let e=wd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Yk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Xk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},$E=
t=>FE(t,16),LE=t=>FE(t,8),FE=(t,e)=>{let r=Xk(t);if(r!==void 0&&Qk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Qk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},UE=t=>wd(typeof t=="string"?xa(t):t),ME=t=>kE(typeof t=="string"?
xa(t):t),Zk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,xa=t=>{let e=t.match(Zk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},vn=t=>$E(typeof t=="string"?xa(t):t),BE=t=>LE(typeof t=="string"?xa(t):t),e$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),t$={warn:console.warn}});function Mo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),i=t.getUTCHours(),s=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,p=i<10?`0${i}`:`${i}`,u=s<10?`0${s}`:`${s}`,d=a<10?`0${a}`:`${a}`;return`${r$[o]}, ${c} ${Td[r]} ${e} ${p}:${u}:${d} GMT`}var r$,Td,o$,vd,n$,Cd,i$,s$,a$,
vi,Pd,Ti,c$,p$,l$,Id,u$,d$,m$,br,f$,g$,Cn,GE=l(()=>{HE();r$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Td=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];o$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),vd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=o$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,p]=e,u=vn(Cn(
o)),d=br(n,"month",1,12),m=br(i,"day",1,31);return Ti(u,d,m,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:p})},n$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Cd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=n$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,p,u]=e,d=vn(Cn(o)),m=br(n,"month",1,12),f=br(i,"day",1,31),g=Ti(d,m,f,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:p});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-g$(u)),g},i$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
s$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
a$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
vi=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=i$.exec(t);if(e){let[r,o,n,i,s,a,c,
p]=e;return Ti(vn(Cn(i)),Id(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:p})}if(e=s$.exec(t),e){let[r,o,n,i,s,a,c,p]=e;return l$(Ti(c$(
i),Id(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:p}))}if(e=a$.exec(t),e){let[r,o,n,i,s,a,c,p]=e;return Ti(vn(Cn(p)),Id(o),br(n.trimLeft(),
"day",1,31),{hours:i,minutes:s,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Pd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=UE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Ti=(t,e,r,o)=>{let n=e-1;return d$(t,n,r),new Date(Date.UTC(t,n,r,br(o.hours,"hour",0,23),br(o.minutes,"\
minute",0,59),br(o.seconds,"seconds",0,60),f$(o.fractionalMilliseconds)))},c$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+vn(Cn(t));return r<e?
r+100:r},p$=50*365*24*60*60*1e3,l$=t=>t.getTime()-new Date().getTime()>p$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Id=t=>{let e=Td.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},u$=[31,28,
31,30,31,30,31,31,30,31,30,31],d$=(t,e,r)=>{let o=u$[e];if(e===1&&m$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Td[e]} in ${t}: ${r}`)},m$=t=>t%4===0&&
(t%100!==0||t%400===0),br=(t,e,r,o)=>{let n=BE(Cn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},f$=t=>t==null?0:
ME("0."+t)*1e3,g$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Cn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,zE=l(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function Ad(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var jE=l(()=>{});function Hr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var bd,Od,Nd,VE,qE,h$,y$,E$,S$,x$,R$,Dd,kd,$d,WE=l(()=>{bd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Od="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Nd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",VE="(\
\\d?\\d)",qE="(\\d{4})",h$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),y$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
E$=new RegExp(`^${bd}, ${VE} ${Od} ${qE} ${Nd} GMT$`),S$=new RegExp(`^${bd}, ${VE}-${Od}-(\\d\\d) ${Nd} GMT$`),x$=new RegExp(`^${bd} ${Od} ( [1-9]|\\d\\d) ${Nd}\
 ${qE}$`),R$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Dd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},kd=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=h$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,i,s,a,,c,p]=e;Hr(o,1,12),Hr(n,1,31),Hr(i,0,23),Hr(s,0,59),Hr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(i),
Number(s),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),p.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
p)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},$d=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(y$.test(t))return new Date(t);let e,r,o,n,i,s,a,c;if((c=E$.exec(t))?[,e,r,o,n,i,s,a]=c:(c=S$.exec(t))?([,e,r,o,n,i,s,a]=
c,o=(Number(o)+1900).toString()):(c=x$.exec(t))&&([,r,e,n,i,s,a,o]=c),o&&s){let p=Date.UTC(Number(o),R$.indexOf(r),Number(e),Number(n),Number(i),Number(s),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Hr(e,1,31),Hr(n,0,23),Hr(i,0,59),Hr(s,0,60);let u=new Date(p);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Ld(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
i="";for(let s=0;s<o.length;s++)i===""?i=o[s]:i+=e+o[s],(s+1)%r===0&&(n.push(i),i="");return i!==""&&n.push(i),n}var KE=l(()=>{});var Ci,JE=l(()=>{Ci=t=>{let e=t.length,r=[],o=!1,n=!1,i=0;for(let s=0;s<e;++s){let a=t[s];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(i,s)),i=s+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(i)),r.map(s=>{s=s.trim();let a=s.length;return a<2?s:s[0]==='"'&&s[a-1]==='"'?(s=s.slice(1,a-1),s.replace(
/\\(["\\])/g,"$1")):s.replace(/\\"/g,'"')})}});var YE,_e,XE=l(()=>{YE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,_e=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!YE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&YE.test(r.string)}}});function Ud(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Fd)e[r/2]=Fd[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Tt(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=QE[t[r]];return e}var QE,Fd,ZE=l(()=>{QE={},Fd={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),QE[t]=e,Fd[e]=t}});var Pn,vt,eS=l(()=>{Pn=require("node:fs"),vt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Pn.ReadStream){if(t.path!=null)
return(0,Pn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Pn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Or,tS=l(()=>{Ea();Or=t=>t instanceof Uint8Array?t:typeof t=="string"?ae(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Ra(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Md=l(()=>{});var Ge,Pi=l(()=>{Ge=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,_a=l(()=>{Pi();R=class t extends Ge{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ct,rS=l(()=>{Pi();Ct=class t extends Ge{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Bo,Bd=l(()=>{Pi();Bo=(...t)=>async()=>{if(t.length===0)throw new Ge("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var oS,nS=l(()=>{oS=t=>()=>Promise.resolve(t)});var wa,Hd=l(()=>{wa=(t,e,r)=>{let o,n,i,s=!1,a=async()=>{n||(n=t());try{o=await n,i=!0,s=!1}finally{n=void 0}return o};return e===void 0?async c=>((!i||c?.forceRefresh)&&
(o=await a()),o):async c=>((!i||c?.forceRefresh)&&(o=await a()),s?o:r&&!r(o)?(s=!0,o):(e(o)&&await a(),o))}});var Pt,Ia=l(()=>{Pt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Xe,Ta=l(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Xe||(Xe={}))});var iS,sS,Gd,_$,no,Ai=l(()=>{iS=require("node:os"),sS=require("node:path"),Gd={},_$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",no=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${sS.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=_$();return Gd[n]||(Gd[n]=(0,iS.homedir)()),
Gd[n]}});var va,aS,Qe,zd=l(()=>{va="AWS_PROFILE",aS="default",Qe=t=>t.profile||process.env[va]||aS});var cS,pS,bi,jd=l(()=>{cS=require("node:crypto"),pS=require("node:path");Ai();bi=t=>{let r=(0,cS.createHash)("sha1").update(t).digest("hex");return(0,pS.join)(no(),
".aws","sso","cache",`${r}.json`)}});var lS,Oi,Ni,Vd=l(()=>{lS=require("node:fs/promises");jd();Oi={},Ni=async t=>{if(Oi[t])return Oi[t];let e=bi(t),r=await(0,lS.readFile)(e,"utf8");return JSON.parse(
r)}});var uS,dS=l(()=>{Pr();uS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Cr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),i=r.substring(0,n)===Cr.PROFILE?r.substring(n+1):r;return e[i]=o,e},{...t.default&&{default:t.default}})});var mS,w$,Ca,qd=l(()=>{mS=require("node:path");Ai();w$="AWS_CONFIG_FILE",Ca=()=>process.env[w$]||(0,mS.join)(no(),".aws","config")});var fS,I$,gS,hS=l(()=>{fS=require("node:path");Ai();I$="AWS_SHARED_CREDENTIALS_FILE",gS=()=>process.env[I$]||(0,fS.join)(no(),".aws","credentials")});var T$,v$,Di,Wd=l(()=>{Pr();T$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,v$=["__proto__","profile __proto__"],Di=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let i=n.
split(/(^|\s)[;#]/)[0].trim();if(i[0]==="["&&i[i.length-1]==="]"){r=void 0,o=void 0;let a=i.substring(1,i.length-1),c=T$.exec(a);if(c){let[,p,,u]=c;Object.values(
Cr).includes(p)&&(r=[p,u].join("."))}else r=a;if(v$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=i.indexOf("=");if(![0,-1].
includes(a)){let[c,p]=[i.substring(0,a).trim(),i.substring(a+1).trim()];if(p==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=p}}}}return e}});var yS,Kd,ki,$i,Pa=l(()=>{yS=require("node:fs/promises"),Kd={},ki={},$i=(t,e)=>ki[t]!==void 0?ki[t]:((!Kd[t]||e?.ignoreCache)&&(Kd[t]=(0,yS.readFile)(t,"utf8")),
Kd[t])});var Jd,ES,Aa,Yd=l(()=>{Jd=require("node:path");dS();qd();hS();Ai();Wd();Pa();ES=()=>({}),Aa=async(t={})=>{let{filepath:e=gS(),configFilepath:r=Ca()}=t,o=no(),n="\
~/",i=e;e.startsWith(n)&&(i=(0,Jd.join)(o,e.slice(2)));let s=r;r.startsWith(n)&&(s=(0,Jd.join)(o,r.slice(2)));let a=await Promise.all([$i(s,{ignoreCache:t.ignoreCache}).
then(Di).then(uS).catch(ES),$i(i,{ignoreCache:t.ignoreCache}).then(Di).catch(ES)]);return{configFile:a[0],credentialsFile:a[1]}}});var SS,xS=l(()=>{Pr();SS=t=>Object.entries(t).filter(([e])=>e.startsWith(Cr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var C$,Li,RS=l(()=>{qd();xS();Wd();Pa();C$=()=>({}),Li=async(t={})=>$i(t.configFilepath??Ca()).then(Di).then(SS).catch(C$)});var _S,wS=l(()=>{_S=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,IS=l(()=>{Yd();wS();Sr=async t=>{let e=await Aa(t);return _S(e.configFile,e.credentialsFile)}});var Fi,TS=l(()=>{Vd();Pa();Fi={getFileRecord(){return ki},interceptFile(t,e){ki[t]=Promise.resolve(e)},getTokenRecord(){return Oi},interceptToken(t,e){Oi[t]=e}}});function ba(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Xd=l(()=>{});var vS,CS=l(()=>{_a();Xd();vS=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${ba(t.toString())}`,{logger:e?.logger})}}});var PS,AS=l(()=>{_a();zd();Yd();Xd();PS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Qe(r),{configFile:n,credentialsFile:i}=await Aa(r),s=i[o]||{},a=n[o]||
{},c=e==="config"?{...s,...a}:{...a,...s};try{let u=t(c,e==="config"?n:i);if(u===void 0)throw new Error;return u}catch(p){throw new R(p.message||`Not found in c\
onfig files w/ profile [${o}]: ${ba(t.toString())}`,{logger:r.logger})}}});var P$,bS,OS=l(()=>{nS();P$=t=>typeof t=="function",bS=t=>P$(t)?async()=>await t():oS(t)});var w,Qd=l(()=>{Bd();Hd();CS();AS();OS();w=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:i}=o;return wa(Bo(vS(
t,{signingName:n,logger:i}),PS(e,o),bS(r)))}});var NS,DS,At,kS=l(()=>{Ia();Ta();NS="AWS_USE_DUALSTACK_ENDPOINT",DS="use_dualstack_endpoint",At={environmentVariableSelector:t=>Pt(t,NS,Xe.ENV),configFileSelector:t=>Pt(
t,DS,Xe.CONFIG),default:!1}});var $S,LS,bt,FS=l(()=>{Ia();Ta();$S="AWS_USE_FIPS_ENDPOINT",LS="use_fips_endpoint",bt={environmentVariableSelector:t=>Pt(t,$S,Xe.ENV),configFileSelector:t=>Pt(t,
LS,Xe.CONFIG),default:!1}});var Go,io,An,US,MS,Zd=l(()=>{Go=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},io=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,An=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>US[f.step]-US[m.step]||MS[f.priority||"normal"]-MS[m.priority||"normal"]),i=d=>{let m=!1,
f=g=>{let h=Go(g.name,g.aliases);if(h.includes(d)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},s=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let h of Go(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},p=(d=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let S={...y,before:[],after:[]};for(let x of Go(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(y=>{let S={
...y,before:[],after:[]};for(let x of Go(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(y=>{if(y.toMiddleware){let S=g[y.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${y.toMiddleware} is not found when adding ${io(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&S.after.push(
y),y.relation==="before"&&S.before.push(y)}}),n(m).map(c).reduce((y,S)=>(y.push(...S),y),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:d,...m},S=Go(f,h);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${io(f,h)}'`);for(let x of S){
let C=t.findIndex(L=>L.name===x||L.aliases?.some(X=>X===x));if(C===-1)continue;let A=t[C];if(A.step!==y.step||y.priority!==A.priority)throw new Error(`"${io(A.name,
A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${io(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(C,1)}}for(let x of S)o.add(x)}t.push(y)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:d,...m},S=Go(f,h);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${io(f,h)}'`);for(let x of S){let C=e.findIndex(L=>L.name===x||L.aliases?.some(X=>X===
x));if(C===-1)continue;let A=e[C];if(A.toMiddleware!==y.toMiddleware||A.relation!==y.relation)throw new Error(`"${io(A.name,A.aliases)}" middleware ${A.relation}\
 "${A.toMiddleware}" middleware cannot be overridden by "${io(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(C,1)}}for(let x of S)o.
add(x)}e.push(y)},clone:()=>a(An()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?i(d):s(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:S}=g;
if(h&&h.includes(d)){let x=Go(y,S);for(let C of x)o.delete(C);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(An());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>p(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return io(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of p().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},US={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},MS={high:3,normal:2,low:1}});var Te,BS=l(()=>{Zd();Te=class{config;middlewareStack=An();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,i=typeof r=="function"?r:o,s=n===void 0&&this.config.cacheMiddleware===!0,a;if(s){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(i)a(e).then(c=>i(null,c.output),c=>i(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Gr,em=l(()=>{Gr=t=>typeof t=="function"?t():t});var Oa,tm=l(()=>{Oa=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var HS,rm,GS=l(()=>{Y();tm();HS=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:i}=te(r),[,s,a,c,p,u]=i??[];try{let d=await t.protocol.deserializeResponse(
Oa(s,a,c,p,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:rm(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:rm(/^x-[\w-]+-id-2$/,h),cfId:rm(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw d}},rm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var zS,jS=l(()=>{Y();tm();zS=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,i,s,a,c,p]=n??[],u=r.endpointV2?async()=>oo(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(Oa(i,s,a,c,p),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Ot(t){return{applyToStack:e=>{e.add(zS(t),qS),e.add(HS(t),VS),t.protocol.setSerdeContext(t)}}}var VS,qS,WS=l(()=>{GS();jS();VS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},qS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Na[t])return Na[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Na[t]=e}var Na,om=l(()=>{Na=[]});function Mi(t,e){if(t instanceof F)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=F;return new r(t,e)}var Ui,Da,ka,F,nm,KS,JS=l(()=>{em();om();
Ui={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Da=[],ka={},F=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,i=e;for(this._isMemberSchema=!1;nm(n);)o.push(n[1]),n=n[0],i=Gr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let s=o.length-1;s>=0;--s){let a=o[s];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(i instanceof t){let s=this.memberTraits;Object.
assign(this,i),this.memberTraits=Object.assign({},s,i.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??i.memberName;return}
if(this.schema=Gr(i),KS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(i),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Da[e])return Da[e]}else if(typeof e=="string"){if(ka[e])return ka[e]}else if(r&&e[Ui.ns])return e[Ui.ns];let o=Gr(e);if(o instanceof
t)return o;if(nm(o)){let[i,s]=o;if(i instanceof t)return Object.assign(i.getMergedTraits(),so(s)),i;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Ui.ns]=n:typeof o=="string"?ka[o]=n:typeof o=="number"?Da[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return so(this.memberTraits)}getOwnTraits(){return so(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Mi([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],i=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(i!=null)return Mi([i,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Mi(nm(n)?n:[n,0],e)}if(this.isDocumentSchema())return Mi([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ui.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let i=e[4][n],s=Mi([e[5][n],0],i);yield o[n]=[i,s]}e[Ui.it]=o}};nm=t=>Array.isArray(t)&&t.length===
2,KS=t=>Array.isArray(t)&&t.length>=5});var Z,YS=l(()=>{Z=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,i]of e.
schemas)r.has(n)||r.set(n,i);for(let[n,i]of e.exceptions)o.has(n)||o.set(n,i)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[i,s]of this.
schemas.entries())i.endsWith(o)&&n.push(s);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],i=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=i);for(let s of[this,t.for(n)])!s.schemas.has(i)&&!s.exceptions.has(
o)&&(s.schemas.set(i,o),s.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=l(()=>{em();WS();JS();om();YS()});function bn(t,e){if(e==null)return e;let r=F.of(t);if(r.getMergedTraits().sensitive)return im;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return im;if(Array.isArray(e))return e.map(n=>bn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return im;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,i])=>[n,bn(o,i)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[i,s]of r.structIterator())o[i]!=null&&(n[i]=bn(s,o[i]));return n}return e}var im,XS=l(()=>{Q();im="***SensitiveInformat\
ion***"});var QS,sr,sm,am=l(()=>{Pr();Zd();XS();Q();QS=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=An();schema;static classBuilder(){return new sm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:i,commandName:s,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:p,additionalContext:u,CommandCtor:d}){for(let L of n.
bind(this)(d,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[Er],h={logger:f,clientName:i,commandName:s,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[Er]:{...g,commandInstance:this,...p,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,C=this.schema,A=C?.[QS];if(A!==void 0)
x=A;else if(C&&Array.isArray(C)&&C[0]===9){let[,,,,L,X]=C;x=C[QS]=!!(F.of(L).getEventStreamMember()||F.of(X).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>y.handle(L.request,S),h)}},sm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,i){let s=e._operationSchema,a=s?.[4]??s?.input,c=s?.[5]??s?.output;return this.resolveMiddlewareWithContext(o,n,
i,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(s?bn.bind(
null,a):p=>p),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(s?bn.bind(null,c):p=>p),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var zr,ZS=l(()=>{zr=(t,e,r)=>{for(let[i,s]of Object.entries(t)){let a=async function(p,u,d){let m=new s(p);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(i[0].toLowerCase()+
i.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[i,s]of Object.entries(o))e.prototype[i]===void 0&&(e.prototype[i]=
function(a={},c,...p){return s({...c,client:this},a,...p)});for(let[i,s]of Object.entries(n))e.prototype[i]===void 0&&(e.prototype[i]=async function(a={},c,...p){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),s({...u,client:this},a,...p)})}});var Ze,$a,ex=l(()=>{Ze=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;s=Object.getPrototypeOf(s)}}if(o&&n)return!1;let i=this.name;if(i&&i.length>=6){if(r.
name===i)return!0;let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor?.name;if(a&&a!=="Error"&&a===i)return!0;s=Object.getPrototypeOf(
s)}}}return!1}},$a=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Nt,tx=l(()=>{Nt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var rx,Dt,ox=l(()=>{rx=!1,Dt=t=>{t&&!rx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(rx=!0)}});var nx,ix,sx,ax=l(()=>{Y();Pr();nx=Object.values(Br),ix=t=>{let e=[];for(let r in Br){if(!b(Br,r))continue;let o=Br[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();nx.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},sx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();nx.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var cx,px,lx=l(()=>{cx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),px=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var kt,$t,ux=l(()=>{ax();lx();kt=t=>Object.assign(ix(t),cx(t)),$t=t=>Object.assign(sx(t),px(t))});var La,dx=l(()=>{Y();La=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=La(t[r])));return t}});var we,mx=l(()=>{we=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Lt(t,e,r,o){return function(i,s,a,c,p={}){let u=Object.assign({},t,i);return sr.classBuilder().ep(u).m(function(d,m,f,g){let h=s.call(this,d,m,f,g);return h.
unshift(o(f,d.getEndpointParameterInstructions())),h}).s(e,a,p).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var fx=l(()=>{am()});var T=l(()=>{Y();Y();BS();am();ZS();tx();ox();ex();ux();dx();mx();fx()});var gx,cm,pm,hx,yx,Ex,Sx,xx,Rx,lm=l(()=>{gx="AWS_EXECUTION_ENV",cm="AWS_REGION",pm="AWS_DEFAULT_REGION",hx="AWS_EC2_METADATA_DISABLED",yx=["in-region","cross-re\
gion","mobile","standard","legacy"],Ex="/latest/meta-data/placement/region",Sx="/latest/api/token",xx="x-aws-ec2-metadata-token",Rx="x-aws-ec2-metadata-token-tt\
l-seconds"});var um=ly((u8,_x)=>{_x.exports=require("node:http")});var wx,A$,vx,Fa,Ix,b$,Tx,dm=l(()=>{lm();wx=1e3,A$=6e4,vx=0,Fa=async()=>{if(!process.env[hx]&&!(Date.now()<vx))try{let t=b$(),e=(await Tx({...t,path:Sx,method:"P\
UT",headers:{[Rx]:"21600"}})).toString();return(await Tx({...t,path:Ex,method:"GET",headers:{[xx]:e}})).toString().trim()||Ix()}catch{return Ix()}},Ix=()=>{vx=Date.
now()+A$},b$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},Tx=async t=>{let{request:e}=await Promise.resolve().then(()=>Xr(um()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:wx,signal:AbortSignal.timeout(wx)});n.
on("error",i=>{o(i),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",i=>{let{statusCode:s=400}=i;
if(s<200||s>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:s})),n.destroy();return}let a=[];i.on("data",c=>a.
push(c)),i.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var Cx,Px,Oe,et,mm=l(()=>{dm();Cx="AWS_REGION",Px="region",Oe={environmentVariableSelector:t=>t[Cx],configFileSelector:t=>t[Px],default:async()=>{let t=await Fa();
if(t)return t;throw new Error("Region is missing")}},et={preferredFile:"credentials"}});var Ax,bx,Ox=l(()=>{Y();Ax=new Set,bx=(t,e=Ar)=>{if(!Ax.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Ax.add(t)}});var Ua,fm=l(()=>{Ua=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var Nx,Dx=l(()=>{fm();Nx=t=>Ua(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,kx=l(()=>{Ox();Dx();fm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=Nx(o);return bx(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Ua(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var O$,N$,$x,Lx=l(()=>{O$="AWS_DEFAULTS_MODE",N$="defaults_mode",$x={environmentVariableSelector:t=>t[O$],configFileSelector:t=>t[N$],default:"legacy"}});var Ut,D$,k$,Fx=l(()=>{mm();dm();Qd();Hd();lm();Lx();Ut=({region:t=w(Oe),defaultsMode:e=w($x)}={})=>wa(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return D$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${yx.join(", ")}, got ${r}`)}}),D$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await k$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},k$=async()=>process.env[gx]&&(process.env[cm]||process.
env[pm])?process.env[cm]??process.env[pm]:Fa()});var k=l(()=>{Pi();_a();rS();Bd();Ia();Ta();zd();jd();Vd();RS();IS();TS();Qd();kS();FS();mm();kx();Fx()});var Ux,Mx,Bx,Hx=l(()=>{Ux="AWS_ENDPOINT_URL",Mx="endpoint_url",Bx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(i=>i.toUpperCase()),o=e[[Ux,...r].
join("_")];if(o)return o;let n=e[Ux];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let i=r[n],s=t.split(" ").map(c=>c.toLowerCase()),
a=i[[s.join("_"),Mx].join(".")];if(a)return a}let o=e[Mx];if(o)return o},default:void 0})});var $$,L$,Gx,zx=l(()=>{k();$$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",L$="ignore_configured_endpoint_urls",Gx={environmentVariableSelector:t=>Pt(t,$$,Xe.ENV),configFileSelector:t=>Pt(
t,L$,Xe.CONFIG),default:!1}});var Bi,jx=l(()=>{k();Hx();zx();Bi=async t=>{if(!await w(Gx)())return w(Bx(t??""))()}});var gm,F$,U$,M$,Vx,qx,Wx=l(()=>{gm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),qx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Vx(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},F$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,U$=/(\d+\.){3}\d+/,M$=/\.\./,Vx=t=>F$.test(t)&&!U$.test(t)&&!M$.test(t),qx=t=>{let[e,r,o,,,n]=t.split(":"),i=e===
"arn"&&t.split(":").length>=6,s=!!(i&&r&&o&&n);if(i&&!s)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return s}});var Kx=l(()=>{Wx()});var Jx,Yx=l(()=>{Jx=(t,e,r,o=!1)=>{let n=async()=>{let i;return o?i=r.clientContextParams?.[t]??r[t]??r[e]:i=r[t]??r[e],typeof i=="function"?i():i};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.credentialScope??i?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.accountId??i?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let i=await n();if(i&&typeof i=="object"){if("url"in i)return i.url.href;if("hostname"in i){
let{protocol:s,hostname:a,port:c,path:p}=i;return`${s}//${a}${c?":"+c:""}${p}`}}return i}:n}});var hm=l(()=>{Y()});function Ma(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(oo(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let i=await Ba(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let s=o.endpointProvider(i,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){s.headers??={};for(let[c,p]of Object.entries(a.headers))s.headers[c]=Array.isArray(p)?p:[p]}}
return s}}var Ba,Ha=l(()=>{Kx();Yx();hm();Ba=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[i,s]of Object.entries(n))switch(s.type){case"\
staticContextParams":o[i]=s.value;break;case"contextParams":o[i]=t[s.name];break;case"clientContextParams":case"builtInParams":o[i]=await Jx(s.name,i,r,s.type!==
"builtInParams")();break;case"operationContextParams":o[i]=s.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
s))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await gm(o),o}});function B$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Ga(t){let e=Ma(t);return({config:r,instructions:o})=>(n,i)=>async s=>{r.isCustomEndpoint&&B$(i,"ENDPOINT_OVERRIDE","N");let a=await e(s.input,{getEndpointParameterInstructions(){
return o}},{...r},i);i.endpointV2=a,i.authSchemes=a.properties?.authSchemes;let c=i.authSchemes?.[0];if(c){i.signing_region=c.signingRegion,i.signing_service=c.
signingName;let u=te(i)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...s})}}var ym=l(()=>{Y();Ha()});function Xx(t){let e=Ga(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),G$)}})}var H$,G$,Qx=l(()=>{ym();H$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},G$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:H$.name}});function Zx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:i}=e,s=o!=null?async()=>oo(await W(o)()):void 0,c=Object.assign(e,{
endpoint:s,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(i??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),p;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!p&&(p=t(e.serviceId)),p),c}}var eR=l(()=>{Y();hm()});var tt,tR=l(()=>{tt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var rt,rR=l(()=>{rt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),i=0;for(;;){let{value:s,done:a}=n.next();if(this.data.delete(
s),a||++i>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let i=e[n],s=i==null?"\0":String(i);if(s.includes("|;"))return!1;r+=s+"|;"}return r}}});var ue,oR=l(()=>{ue=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var jr=l(()=>{oR()});var Em,nR=l(()=>{Em="endpoints"});function On(t){return typeof t!="object"||t==null?t:"ref"in t?`$${On(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(On).join(", ")})`:JSON.stringify(t,null,2)}var iR=l(
()=>{});var sR=l(()=>{nR();iR()});var Ne,Sm=l(()=>{Ne={}});var xm,aR=l(()=>{xm=(t,e)=>t===e});function Rm(...t){for(let e of t)if(e!=null)return e}var cR=l(()=>{});var pR,lR=l(()=>{jr();pR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ue(`Path: '${t}' d\
oes not end with ']'`);let i=o.slice(n+1,-1);if(Number.isNaN(parseInt(i)))throw new ue(`Invalid array index: '${i}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(i)}else r.push(o)}return r}});var Hi,uR=l(()=>{jr();lR();Hi=(t,e)=>pR(e).reduce((r,o)=>{if(typeof r!="object")throw new ue(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var _m,dR=l(()=>{_m=t=>t!=null});function wm(t,e,r){return t?e:r}var mR=l(()=>{});var Im,fR=l(()=>{Im=t=>!t});var z$,Nn,Tm=l(()=>{z$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Nn=t=>z$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var vm,Cm,gR=l(()=>{Pr();Tm();vm={[Uo.HTTP]:80,[Uo.HTTPS]:443},Cm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return S.search=Object.entries(y).map(([x,C])=>`${x}=${C}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:i,protocol:s,search:a}=e;if(a)return null;let c=s.slice(0,-1);if(!Object.values(Uo).includes(c))return null;let p=Nn(n),u=r.includes(`${o}:${vm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${vm[c]}`),d=`${o}${u?`:${vm[c]}`:""}`;return{scheme:c,authority:d,path:i,normalizedPath:i.endsWith("/")?i:`${i}/`,isIp:p}}});function Pm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var hR=l(()=>{});var Am,yR=l(()=>{Am=(t,e)=>t===e});var bm,ER=l(()=>{bm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Om,SR=l(()=>{Om=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Nm=l(()=>{aR();cR();uR();dR();Y();mR();fR();gR();hR();yR();ER();SR()});var xR,RR=l(()=>{Nm();xR={booleanEquals:xm,coalesce:Rm,getAttr:Hi,isSet:_m,isValidHostLabel:Ar,ite:wm,not:Im,parseURL:Cm,split:Pm,stringEquals:Am,substring:bm,uriEncode:Om}});var za,Dm=l(()=>{Nm();za=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,i=0;for(;i<t.length;){let s=t.indexOf("{",i);if(s===-1){r.push(t.slice(i));break}
r.push(t.slice(i,s));let a=t.indexOf("}",s);if(a===-1){r.push(t.slice(s));break}t[s+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(s+1,a)),i=a+2);let c=t.substring(s+1,
a);if(c.includes("#")){let[p,u]=c.split("#");r.push(Hi(o[p]??n[p],u))}else r.push(o[c]??n[c]);i=a+1}return r.join("")}});var _R,wR=l(()=>{_R=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var zo,ja,IR,Gi=l(()=>{jr();Sm();RR();Dm();wR();zo=(t,e,r)=>{if(typeof t=="string")return za(t,r);if(t.fn)return IR.callFunction(t,r);if(t.ref)return _R(t,r);throw new ue(
`'${e}': ${String(t)} is not a string, function or reference.`)},ja=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let s=0;s<o.length;++s){let a=e[s];typeof a=="\
boolean"||typeof a=="number"?o[s]=a:o[s]=IR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Ne[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let i=xR[t];if(typeof i=="function")return i(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},IR={evaluateExpression:zo,
callFunction:ja}});var TR=l(()=>{Gi()});var vR,CR=l(()=>{sR();jr();TR();vR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ue(`'${r}' is already defined in Reference Record.`);let o=ja(
t,e);e.logger?.debug?.(`${Em} evaluateCondition: ${On(t)} = ${On(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var PR,AR=l(()=>{jr();Gi();PR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(i=>{let s=zo(i,"Header value entry",e);if(typeof s!="string")throw new ue(
`Header '${o}' value '${s}' is not a string`);return s}),r),{})});var km,bR,OR,NR=l(()=>{jr();Dm();km=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=OR.getEndpointProperty(n,e),r),{}),bR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>bR(r,e));switch(typeof t){case"string":return za(t,e);case"object":if(t===null)throw new ue(`Unexpected endpoint property: ${t}`);return OR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ue(`Unexpected endpoint property type: ${typeof t}`)}},OR={getEndpointProperty:bR,getEndpointProperties:km}});var DR,kR=l(()=>{jr();Gi();DR=(t,e)=>{let r=zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ue(`Endpoint URL must be a string, got ${typeof r}`)}});var $m,Mt,$R=l(()=>{jr();CR();Gi();AR();NR();kR();$m=1e8,Mt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:i}=t,s=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;s!==1&&s!==-1&&s<$m;){let p=3*(Math.abs(s)-1),[u,d,m]=[r[p],r[p+1],r[p+2]],[f,g,h]=i[u],y=vR({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:S,value:x}=y.toAssign;a[S]=x}s=s>=0===y.result?d:m}if(s>=$m){let p=n[s-$m];if(p[0]===-1){let[,f]=p;throw new ue(zo(f,"Error",c))}let[u,d,m]=p;
return{url:DR(u,c),properties:km(d,c),headers:PR(m??{},c)}}throw new ue("No matching endpoint.")}});var tX,ar,rX,cr,K=l(()=>{jx();Ha();ym();Qx();eR();tR();rR();$R();Tm();Y();Sm();Ha();tX=Ma(Bi),ar=Zx(Bi),rX=Ga(Bi),cr=Xx(Bi)});var LR,FR,UR=l(()=>{LR=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),FR=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});function MR(){throw new Error("not bundled: web-stream bodies, from a fetch handler; the SDK's Node handler gives Node streams")}var BR=l(()=>{});async function HR(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function GR(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:i}=await r.read();
if(i&&(e.push(i),o+=i.length),n)break}return Ra(e,o)}var zR=l(()=>{Md()});var jR,ze,Lm,Fm=l(()=>{jR=require("node:stream");Md();zR();UR();ze=t=>FR(t)?HR(t):LR(t)?GR(t):new Promise((e,r)=>{let o=new Lm,n=t;n.pipe(o),n.on("error",i=>{o.
end(),r(i)}),o.on("error",r),o.on("finish",function(){let i=Ra(this.bufferedBytes);e(i)})}),Lm=class extends jR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Va,VR,zi,qR=l(()=>{Va=require("node:stream");Tn();BR();Fm();VR="The stream has already been transformed.",zi=t=>{if(!(t instanceof Va.Readable))try{return MR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(VR);return e=!0,await ze(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?In(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(VR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Va.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Va.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var WR=l(()=>{});var KR,Dn,j$,Um,kn,$=l(()=>{KR=require("node:crypto");mE();fE();hE();Ea();yE();SE();GE();zE();jE();WE();KE();JE();XE();ZE();eS();tS();Sd();qR();Fm();Y();WR();Dn=
class extends gE(ee,ae,he,Re){},j$=KR.getRandomValues,Um=EE(j$),kn=Um});var je,$n=l(()=>{$();je=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Dn.mutate(t);if(!t)return Dn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Dn.mutate(await r)}});function jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Mm=l(
()=>{});var YR,De,V$,q$,W$,K$,qa,JR,Vo=l(()=>{Q();$();YR=Symbol.for("@smithy/schema-x"),De=class t extends F{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=F.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[YR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),i=typeof n=="number"?n&255:this.isListSchema()?
64:255,s=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||i===42?this.isStructSchema()?2:1:0,p=i>=4&&i<=7?
s>=6?2:s>0&&s<4?1:0:0,u=i|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|p<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=i&192,m=s&
2&&(d===64||!o&&s&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(s>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?K$:this.bindings??=V$(this)}},V$=t=>{let e=[],r=[],o=[],n=[],i=[],s={},a={},c=[],p={headers:a,prefixHeaders:c},u={request:{memberBindings:i,byName:s},
response:{bodyMemberNames:e,bindings:p}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let h=De.of(g),y=h.getMergedTraits(),S=h.getHttpBindingLocation(
y),x=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,C=h.getHttpBindingValue(S,y),A=[f,C,S,x];f==="__proto__"&&Vr(s),s[f]=A,C[1]>>10&
1&&(d.hasIdempotency=!0),i.push(A);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)p.statusCode=A;else{p.payload=
A;let X=C[1]&255;d.contentTypeInstruction=y.mediaType??(X===0?"text/plain":X===21||X===42?"application/octet-stream":null)}else L&1?(d.hasPrefixHeaders=!0,c.push(
A)):(x==="__proto__"&&Vr(a),a[x]=A)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=JR(t,o,n),m.syntheticBodySchema=
JR(t,e,r),u},q$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},W$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?q$(o):void 0,r?.[0]]},K$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
qa=t=>t[YR]??=W$(t),JR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],i=o[6],s=i&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
i?1:0),0);return s&&(n[6]=s),n}});var Nr,ji=l(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var XR=ly(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Ln,Bm=l(()=>{Y();Q();ji();Vo();Ln=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Z(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=qa(
r)){if(this.serdeContext?.disableHostPrefix)return;let i=n[4];if(typeof i!="string")return;let s=i;for(let[a,[,c]]of De.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let p=o[a];if(typeof p!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);s=s.replace(`{${a}\
}`,p)}if(e.hostname=s+e.hostname,!Rd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],i;for(let s of o)for(let a of r)try{a==="*"?i=s.getSchema(e):i=s.getSchema(a+"#"+e);let c=s.getErrorCtor(
i);if(c)return[i,c,"modeled"];{let p=s.getBaseException();if(p){let u=s.getErrorCtor(p);if(u)return[i,u,"synthetic"]}}}catch{}for(let s of o){let a=s.getBaseException();
if(a){let c=s.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Xr(XR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,i){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Vi,QR=l(()=>{Y();$();Vo();Bm();$n();Mm();Vi=class extends Ln{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},i={},s={},a=await o.endpoint(),c=De.
of(e?.input),p=c.getHttpBindings().request,u=qa(e),d=new z({query:i,headers:s});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,h]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[y,S]of h)i[y]=S}}d.query=i;let m=this.serializeHttpBindings(n,d,p,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let i=this.serializer,s=typeof i.writeCodec=="function"?i:void 0,a=r.query,c=r.headers,p=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=y?g.length:o.memberBindings.length;for(let A=0;A<S;++A){let L=y?b(o.byName,g[A])?o.byName[g[A]]:void 0:o.memberBindings[A];if(!L)continue;let X=L[1],Ae=L[0],
or=X[0],Tr=X[1],le=X[2],be=L[2],at=L[3],Ke=e[Ae];if(!(Ke==null&&!(Tr>>10&1)))if(be===36){let V=Tr>>11&3;V?V===2?m=Ke||void 0:d=Ke:(s?s.writeCodec(or,Ke):i.write(
or,Ke),d=i.flush())}else if(be===33||be===38){let V=this.serializeHttpValue(X,Ke,be,s);be===33?(f??=Object.create(null))[Ae]=V:c[at]=V}else if(be===39)for(let V in Ke){
if(!b(Ke,V))continue;let fr=at+V;c[fr.toLowerCase()]=this.serializeHttpValue(le,Ke[V],38,s,s?le[0]:[le[0],{httpHeader:fr}])}else(be&62)===34?this.serializeQuery(
X,Ke,at,a,s):u=!0}let x=n[1],C=n[3];return x&&C&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(C,f,o)),u&&p&&(s?s.writeCodec(p,e):i.write(
p,e),d=i.flush()),r.body=d,m}serializeQuery(e,r,o,n,i){let[s,a,c]=e,p=i?void 0:s.getMergedTraits();if(o===void 0){for(let u in r)!b(r,u)||u in n||(i||Object.assign(
c[0].getMergedTraits(),{...p,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,i));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,i,i?c[0]:[c[0],p]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,i,i?s:[s,p])}serializeHttpValue(e,r,o,n,i=e[0]){
let s=e[1],a=s&255;return n&&!(s&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(i,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[i,s]of e){if(s===0){n+=i;continue}let a=r?.[i];if(a===void 0){if(b(o.byName,i)&&o.byName[i][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${i}.`);n+=`{${i}${s===2?"+":""}}`}else n+=s===2?a.split("/").map(jo).join("/"):jo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
i=typeof n.readCodec=="function"?n:void 0,s=De.of(e.output),a=s.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await je(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let p=await this.deserializeHttpMessage(s,r,o,c);if(p.length){let u=await je(o.body,r);if(u.byteLength>0){let d=await(i?i.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of p)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await je(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,i){let s=n instanceof Set?i:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,p=De.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=p.getHttpBindings().response,h=o.headers;if(d){let[y,S]=d,[x,C]=S,A=C>>11&3;if(A)A===2?s[y]=await this.
deserializeEventStream({response:o,responseSchema:p}):s[y]=zi(o.body);else if(o.body){let L=await je(o.body,r);L.byteLength>0&&(s[y]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let y in h){if(!b(h,y))continue;let S=y.toLowerCase(),x=h[y];S!==y&&(delete h[y],h[S]=x);let C=b(f,S)?f[S]:void 0;if(!C)continue;let[A,[L,X,Ae],
,or]=C;if(Ae){let Tr=X>>16&1?Ld(x,",",2):Ci(x),le=[];for(let be of Tr)le.push(c?c.readHttpBinding(Ae,be.trim(),38):await a.read([Ae[0],{httpHeader:or}],be.trim()));
s[A]=le}else s[A]=c?c.readHttpBinding(C[1],x,38):await a.read(L,x)}for(let[y,[,,S],,x]of g){s[y]={};for(let C in h){if(!b(h,C)||!C.startsWith(x))continue;let A=h[C];
s[y][C.slice(x.length)]=c?c.readHttpBinding(S,A,38):await a.read([S[0],{httpHeader:C}],A)}}return m&&(s[m[0]]=o.statusCode),u}}});var qo,ZR=l(()=>{Y();Q();Y();Bm();$n();qo=class extends Ln{async serializeRequest(e,r,o){let n=this.serializer,i={},s={},a=await o.endpoint(),c=F.of(e?.input),p=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:i,headers:s,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[h]of c.structIterator())h!==f&&d[h]!=null&&(g[h]=d[h]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(p,d),u=n.flush()}return m.headers=Object.assign(m.headers,s),m.query=i,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(this.isErrorResponse(o.statusCode)){let c=await je(o.
body,r);throw c.byteLength>0&&Object.assign(s,await n.read(15,c)),await this.handleError(e,r,o,s,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let p=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
p}let a=i.getEventStreamMember();if(a)s[a]=await this.deserializeEventStream({response:o,responseSchema:i,initialResponseContainer:s});else{let c=await je(o.body,
r);c.byteLength>0&&Object.assign(s,await n.read(i,c))}return s.$metadata=this.deserializeMetadata(o),s}isErrorResponse(e){return e>=300}}});var Wo,Hm=l(()=>{$();Vo();ji();Wo=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=De.of(e),n=o.getMergedTraits(),i=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(i,n),r,i)}readHttpBinding([e,r,o],n,i){let s=r&255;if((s&192)===64)return o??=e.getHttpBindingCollectionValue(
i),Ci(n).map(a=>this.readHttpBinding(o,a,i));switch(s){case 21:case 42:return(this.serdeContext?.base64Decoder??Re)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:a?a+4:this.settings.timestampFormat.default){case 5:return kd(n);case 6:return $d(n);case 7:
return Dd(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(i&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Re)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new _e(n,"bigDecimal");default:return n}}}});var qi,e_=l(()=>{$();Vo();ji();Hm();qi=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Wo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=De.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let i=o.getHttpBindingValue(38,n);return this.readHttpBinding(i,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??ae)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Wa,t_=l(()=>{$();Vo();ji();Wa=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=De.of(e),n=o.getMergedTraits(),
i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i)}writeHttpBinding([e,r,o],n,i){let s=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(s>=4&&s<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let p=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:p?p+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Mo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((s===21||s===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(n);return}if((s&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(i);let p=o[1]&255,u=p>=
4&&p<=7,d="";for(let m of n){this.writeHttpBinding(o,m,i);let f=this.flush();d&&(d+=", "),d+=u?f:Ad(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(i&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?kn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Wi,r_=l(()=>{Vo();t_();Wi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Wa(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=De.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Ko(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:i}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:i||r?5:void 0:void 0)??e.timestampFormat.default}var Ka=l(()=>{});var Bt,Ht,o_=l(()=>{Bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ht=t=>({requestHandler:t.httpHandler()})});function i_(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:n,headers:i}=o;if(n&&Object.keys(i).map(s=>s.toLowerCase()).indexOf(n_)===-1)try{
let s=t(n);s!=null&&(o.headers={...o.headers,[n_]:String(s)})}catch{}}return e({...r,request:o})}}var n_,s_,Gt,a_=l(()=>{Y();n_="content-length";s_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(i_(t.bodyLengthChecker),s_)}})});var xr,J$,Gm=l(()=>{xr=t=>encodeURIComponent(t).replace(/[!'()*]/g,J$),J$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function zm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=xr(r),Array.isArray(o))for(let n=0,i=o.length;n<i;n++)e.push(`${r}=${xr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${xr(o)}`),e.push(n)}}return e.join("&")}var c_=l(()=>{Gm()});var ao,Ja=l(()=>{ao=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ya,p_=l(()=>{Ya=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Xa(){if(Ki===void 0)try{if(typeof Buffer!="function")Ki=!1;else{let t=JSON.parse(Buffer.from([123,125]));Ki=t!==null&&typeof t=="object"}}catch{Ki=!1}return Ki}
var Ki,jm=l(()=>{});function Qa(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?X$(o,e)?e:new _e(o,"bigDecim\
al"):Y$(o)?new _e(o,"bigDecimal"):/[eE]/.test(o)?Q$(o):BigInt(o)}return e}function Y$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function X$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Vm(t)===Vm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Vm(o):!1}function Vm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let i=parseInt(r.slice(o+1),10),s=r.slice(0,o),a=s.indexOf("."),c,p;a===-1?(c=s,p=s.length):(c=s.slice(0,a)+s.slice(
a+1),p=a),c=c.replace(/0+$/,"")||"0";let u=p+i;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function Q$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),i=n.indexOf("."),s,a;if(i===-1)s=n,a=r;else{s=n.slice(0,i)+n.slice(i+1);let p=n.length-i-1;a=r-p}s=s.replace(/0+$/,"")||"0";let c=BigInt(
s)*10n**BigInt(a+(n.replace(".","").length-s.length));return o?-c:c}var qm=l(()=>{$()});function ec(t){let e=F.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Wm in r)return r[Wm];let o=Za(e,new Set);return r[Wm]=o,o}return Za(e,new Set)}
function Za(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Za(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Za(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Wm,Km=l(()=>{Q();Wm=Symbol.for("@aws-sdk/reviver")});var l_,u_=l(()=>{$n();$();l_=(t,e)=>je(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Ym(t,e,r){let o;if(Xa()&&typeof t?.[Symbol.asyncIterator]=="function"){let i=await je(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(i)?o=i:o=Buffer.
from(i.buffer,i.byteOffset,i.byteLength))}if(o||(o=await l_(t,e)),o.length===0)return{};let n=r&&ec(r)?Qa:void 0;try{return JSON.parse(o,n)}catch(i){throw i?.name===
"SyntaxError"&&Object.defineProperty(i,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),i}}var d_,Jm,Xm,Qm,m_,Zm=l(()=>{$n();u_();jm();qm();
Km();d_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Jm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Xm=(t,e)=>m_(t,e,["header","code","type"]),Qm=(t,e,r=!1)=>m_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),m_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=d_(t??{},"x-amzn-errortype");if(n!==
void 0)return Jm(t[n]);break;case"code":let i=d_(e??{},"code");if(i&&e[i]!==void 0)return Jm(e[i]);break;case"type":if(e?.__type!==void 0)return Jm(e.__type);break}}});var tc,f_=l(()=>{Ka();Q();$();Ja();p_();jm();qm();Km();Zm();Y();tc=class extends ao{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=ec(e)?
Qa:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Xa()){if(r.byteLength===0)return{};let i=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(i,o)}else n=await Ym(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=F.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let s=n.getValueSchema();if(this.needsTransform(s))for(let a=0;a<r.length;++a)r[a]=this._read(s,r[a]);return r}if(n.isMapSchema()){let s=n.getValueSchema(),a=r;
if(this.needsTransform(s))for(let c in a)b(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(s,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Re(r);
let i=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&i)return i==="application/json"||i.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Ko(n,this.settings)){case 5:return Cd(r);case 6:return vi(r);case 7:return Pd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof _e)return r;let s=r;return s.type==="bigDecimal"&&"string"in s?new _e(s.string,s.type):new _e(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let s=0;s<
r.length;++s){let a=r[s];a instanceof _e||(r[s]=this._read(n,a))}else{let s=r;for(let a in s){if(!b(s,a))continue;a==="__proto__"&&Vr(s);let c=s[a];c instanceof
_e||(s[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},i,s=typeof r.__type=="string",{jsonName:a}=this.settings;a&&s&&(i={});let c;o&&
(c=new Ya(r,n));for(let[p,u]of e.structIterator()){let d=p;a&&(d=u.getMergedTraits().jsonName??d,s&&(i[d]=p)),o&&c.mark(d),r[d]!=null&&(n[p]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(s)for(let p in r){if(!b(r,p))continue;let u=r[p],d=a?i[p]??p:p;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var rc,g_,h_=l(()=>{$();rc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>g_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),g_=e),this.string=ee(this)}return this.
string}},g_=0});function ef(t){return rc.allocUnsafe(t)}var oc,y_,E_,Z$,eL,Fn,nc,ic,S_,tL,rL,oL,Dr,x_,sc,R_=l(()=>{Ka();Q();$();Ja();Y();h_();oc=new TextEncoder,y_=123,E_=125,Z$=
91,eL=93,Fn=34,nc=58,ic=44,S_=92,tL=new Uint8Array([116,114,117,101]),rL=new Uint8Array([102,97,108,115,101]),oL=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));x_=2048;sc=class t extends ao{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=ef(x_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=F.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=F.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,i=n.length;this.ensure(i),this.json.copyWithin(1+i,1,this.i),oc.encodeInto(n,this.
json.subarray(1)),this.i+=i}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=ef(x_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let i=ef(n);
i.set(this.json),this.json=i}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let i=0;i<r;++i)n[o]=e.charCodeAt(i),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Fn;for(let i=0;i<r;++i)o[n++]=e.charCodeAt(i);o[n++]=Fn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Fn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let i=Dr[n];if(i!==null){this.
ensure(i.length+1+(r-o-1)*3+1),this.json[this.i++]=S_;for(let s=0;s<i.length;s++)this.json[this.i++]=i.charCodeAt(s)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let i=o+1<r?e.charCodeAt(o+1):0;if(i>=56320&&i<=57343){this.ensure(4);let{written:s}=oc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=s,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i,
json:s}=this;n<2048?(s[i++]=192|n>>6,s[i++]=128|n&63):(s[i++]=224|n>>12,s[i++]=128|n>>6&63,s[i++]=128|n&63),this.i=i}}this.json[this.i++]=Fn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=S_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let i=0;i<4;++i)r[o++]=n.charCodeAt(i);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,i=this.i;o[i++]=Fn;let s=e.length,a=s%3,c=s-a;for(let p=0;p<c;p+=3){let u=e[p],d=e[p+1],m=e[p+2];o[i++]=
n[u>>2],o[i++]=n[(u&3)<<4|d>>4],o[i++]=n[(d&15)<<2|m>>6],o[i++]=n[m&63]}if(a===2){let p=e[c],u=e[c+1];o[i++]=n[p>>2],o[i++]=n[(p&3)<<4|u>>4],o[i++]=n[(u&15)<<2],
o[i++]=61}else if(a===1){let p=e[c];o[i++]=n[p>>2],o[i++]=n[(p&3)<<4],o[i++]=61,o[i++]=61}o[i++]=Fn,this.i=i}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&F.of(e).isIdempotencyToken()){this.writeAsciiQuoted(kn());return}return}this.ensure(4),this.json.set(oL,this.i),this.i+=4;return}let n=F.of(e),i=typeof r==
"object";if(n.isStringSchema()){let s=n.getMergedTraits().mediaType;if(s&&(s==="application/json"||s.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let s=r instanceof _e?r.string:String(r);this.writeAsciiQuoted(
s);return}if(i){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof _e){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let s=JSON.stringify(r);this.writeAscii(s);return}if(typeof r=="string"){if(n.isBlobSchema()){
let s=(this.serdeContext?.base64Encoder??he)(r);this.writeAsciiQuoted(s);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let s=String(r);this.writeAscii(s);return}if(typeof r=="boolean"){this.ensure(5);let{i:s,json:a}=this;r?(a.set(
tL,s),s+=4):(a.set(rL,s),s+=5),this.i=s;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=y_;let o=!1,n=typeof r.__type=="string",i;n&&(i=new Set);for(let[s,a]of e.structIterator()){let c=r[s];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=ic),o=!0;let p=this.settings.jsonName?a.getMergedTraits().jsonName??s:s;i&&(i.add(s),i.add(p)),this.writeAsciiQuoted(
p),this.json[this.i++]=nc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=nc,this.writeValue(15,c,e)}}else if(n)for(let s in r){if(i.has(s))continue;i.add(s);let a=r[s];o&&(this.ensure(1),this.json[this.i++]=ic),
o=!0,this.writeAsciiQuoted(s),this.ensure(1),this.json[this.i++]=nc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=E_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,i=e.getValueSchema();if(!o&&(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a=!1;for(let p=0;p<r.length;++p){let u=r[p];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let p=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?p.push(String(d)):p.push(d))}c=JSON.stringify(p)}this.ensure(c.length*3),this.i+=oc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=Z$;let s=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(s&&(this.ensure(1),this.json[this.
i++]=ic),this.writeValue(i,c,void 0),s=!0)}this.ensure(1),this.json[this.i++]=eL}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,i=e.getValueSchema();if(!o&&
(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a;for(let p in r){if(!b(r,p))continue;let u=r[p];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[p]=
u,r[p]=String(u)):u===null&&!n&&((a??={})[p]=null,r[p]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=oc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=y_;let s=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(s||(this.ensure(1),this.json[this.i++]=ic),s=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=nc,this.writeValue(i,c,void 0))}this.ensure(1),this.
json[this.i++]=E_}writeTimestamp(e,r){switch(Ko(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Mo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Jo,__=l(()=>{Ja();f_();R_();Jo=class extends ao{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new sc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new tc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=l(()=>{$n();Mm();QR();ZR();Hm();e_();r_();Ka();Y();Y();o_();a_();Gm();c_();Y();Zm();__()});var w_,I_,zt,T_=l(()=>{U();w_=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let i=o.hostname;
o.port!=null&&(i+=`:${o.port}`),o.headers.host=i}return e(r)},I_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(w_(t),I_)}})});var v_,C_,jt,P_=l(()=>{T();v_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,i=n instanceof we;if(n&&!i){let{clientName:s,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:p,overrideOutputFilterSensitiveLog:u}=c,d=p??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:s,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:i,logger:s,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,p=c??e.inputFilterSensitiveLog;throw s?.error?.({clientName:n,commandName:i,input:p(r.input),error:o,metadata:o.$metadata}),
o}},C_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},jt=t=>({applyToStack:e=>{e.add(v_(),C_)}})});var A_,b_=l(()=>{A_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var tf,O_=l(()=>{tf={getInstanceAsync:async()=>{}}});function sL(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===of||r===N_||r===D_)&&(t[r]=t[e],delete t[e])}}var nL,iL,rf,of,N_,D_,k_,$_=l(()=>{O_();
U();nL="AWS_LAMBDA_FUNCTION_NAME",iL="_X_AMZN_TRACE_ID",rf="X-Amzn-Trace-Id",of="traceparent",N_="tracestate",D_="baggage",k_=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(i=>i.toLowerCase()===rf.toLowerCase())??rf;if(!r.headers.hasOwnProperty(n)){let i=process.
env[nL],s=process.env[iL];o??=await tf.getInstanceAsync();let c=o?.getXRayTraceId()??s,p=u=>typeof u=="string"&&u.length>0;p(i)&&p(c)&&(r.headers[rf]=c)}}if(sL(
r.headers),!r.headers[of]){let i=(o??=await tf.getInstanceAsync())?.getTraceparent?.();if(i){r.headers[of]=i;let s=o?.getTracestate?.();s&&(r.headers[N_]=s);let a=o?.
getBaggage?.();a&&(r.headers[D_]=a)}}return t(e)}});var Vt,L_=l(()=>{b_();$_();Vt=t=>({applyToStack:e=>{e.add(k_(),A_)}})});var F_,U_=l(()=>{F_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function aL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var nf,M_=l(()=>{Y();U_();nf=(t,e)=>(r,o)=>async n=>{let i=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),s=t.authSchemePreference?await t.authSchemePreference():[],a=F_(i,s),c=aL(t.httpAuthSchemes),p=te(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},h),p.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!p.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var sf,pt,B_=l(()=>{M_();sf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},pt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(nf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),sf)}})});var H_=l(()=>{B_()});var cL,pL,af,G_=l(()=>{U();Y();cL=t=>e=>{throw e},pL=(t,e)=>{},af=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let i=te(r).selectedHttpAuthScheme;
if(!i)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:s={}},identity:a,signer:c}=i,p=await e({...o,
request:await c.sign(o.request,a,s)}).catch((c.errorHandler||cL)(s));return(c.successHandler||pL)(p.response,s),p}});var cf,lt,z_=l(()=>{G_();cf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},lt=t=>({applyToStack:e=>{e.addRelativeTo(af(t),cf)}})});var j_=l(()=>{z_()});var Rr,V_=l(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,q_=l(()=>{Y();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var ot,W_=l(()=>{ot=class{async sign(e,r,o){return e}}});var K_=l(()=>{W_()});var pf,ac,Ji,cc,J_=l(()=>{pf=t=>function(r){return Ji(r)&&r.expiration.getTime()-Date.now()<t},ac=pf(3e5),Ji=t=>t.expiration!==void 0,cc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,i,s,a=!1,c=async p=>{i||(i=o(p));try{n=await i,s=!0,a=!1}finally{i=void 0}return n};return e===
void 0?async p=>((!s||p?.forceRefresh)&&(n=await c(p)),n):async p=>((!s||p?.forceRefresh)&&(n=await c(p)),a?n:r(n)?(e(n)&&await c(p),n):(a=!0,n))}});var Y_=l(()=>{q_();K_();J_()});var nt=l(()=>{H_();j_();V_();Y_()});function mL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function qt(t){let e=Rr(t.userAgentAppId??pc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!mL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var pc,lf=l(()=>{nt();pc=void 0});var X_,Q_=l(()=>{X_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var fL,gL,Z_,ew,uf=l(()=>{Q_();fL=X_,gL="",Z_=t=>{let{partitions:e}=fL;for(let o of e){let{regions:n,outputs:i}=o;for(let[s,a]of Object.entries(n))if(s===t)return{
...i,...a}}for(let o of e){let{regionRegex:n,outputs:i}=o;if(new RegExp(n).test(t))return{...i}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},ew=()=>gL});var tw,df,rw=l(()=>{tw=require("node:stream"),df=t=>t?.body instanceof tw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var ow,nw,iw,sw,aw,cw=l(()=>{ow=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],nw=["TimeoutError","RequestTimeout","RequestTimeoutException"],iw=[500,502,503,504],sw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],aw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function SL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var hL,yL,EL,lc,uc,pw,mf=l(()=>{cw();hL=t=>t?.$retryable!==
void 0,yL=t=>t.$metadata?.clockSkewCorrected,EL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},lc=t=>t.$metadata?.httpStatusCode===429||ow.
includes(t.name)||t.$retryable?.throttling==!0,uc=(t,e=0)=>t?.name!=="AbortError"&&(hL(t)||yL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||nw.includes(t.name)||sw.includes(t?.code||"")||aw.includes(t?.code||"")||iw.includes(t.$metadata?.httpStatusCode||0)||EL(t)||SL(t)||t.cause!==
void 0&&e<=10&&uc(t.cause,e+1)),pw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!uc(t)}return!1}});var dc,xL,lw,uw=l(()=>{dc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,i)=>{let s=()=>i(xL(e));e.aborted?s():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",s,{once:!0}),r=()=>e.removeEventListener("abort",s)):e.onabort=s});return Promise.race([t,o]).finally(r)},xL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},lw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var dw,mw,fw=l(()=>{dw="amz-sdk-invocation-id",mw="amz-sdk-request"});function gw(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],i=NaN;if(n.
endsWith("GMT"))try{i=(vi(n).getTime()-Date.now())/1e3}catch(s){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(s)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
i=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?i=Number(n):Date.parse(n)>=Date.now()&&(i=(Date.parse(n)-Date.now())/1e3);return isNaN(
i)?void 0:new Date(Date.now()+i*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],i=Number(n);if(isNaN(i)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+i)}}}var hw=l(()=>{Y();U();$()});var yw,Ew=l(()=>{yw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function ff(t){return e=>(r,o)=>async n=>{let i=await e.retryStrategy(),s=await e.maxAttempts(),a=o[Er]?.abortSignal;if(RL(i)){i=i;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),p=await dc(i.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=z.isInstance(f);for(g&&(f.headers[dw]=Um());;)try{
g&&(f.headers[mw]=`attempt=${d+1}; max=${s}`);let{response:h,output:y}=await r(n);return i.recordSuccess(p),y.$metadata.attempts=d+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=_L(h,e.logger);if(u=yw(h),g&&t(f))throw(o.logger instanceof we?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{if(a?.aborted)throw u;p=await dc(i.refreshRetryTokenForRetry(p,y),a)}catch(x){throw x!==u&&a?.aborted&&lw(x)?x:(u.$metadata||
(u.$metadata={}),u.$metadata.attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=p.getRetryCount();let S=p.getRetryDelay();m+=(p?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await dc(new Promise(x=>setTimeout(x,S)),a)}}else return i=i,i?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",i.mode]]),i.retry(r,n)}}function Sw(t){
let e=ff(t);return r=>({applyToStack:o=>{o.add(e(r),IL)}})}var RL,_L,wL,IL,xw=l(()=>{T();U();$();Pr();mf();uw();fw();hw();Ew();RL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",_L=(t,e)=>{let r={error:t,errorType:wL(t)},o=gw(t.$response,e);return o&&(r.retryAfterHint=
o),r},wL=t=>lc(t)?"THROTTLING":uc(t)?"TRANSIENT":pw(t)?"SERVER_ERROR":"CLIENT_ERROR",IL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var mc,Rw=l(()=>{mf();mc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||lc(o?.error??e)){let s=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=s,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(s),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let i=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(i)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var Wt,fc=l(()=>{Wt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var gc,_w=l(()=>{fc();gc=class{x=Wt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Yi,ww=l(()=>{Yi=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Kt,co,it,Xi=l(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Kt||(Kt={}));co=3,it=Kt.STANDARD});var hc,Yo,gf=l(()=>{_w();ww();Xi();fc();hc={incompatible:1,attempts:2,capacity:3},Yo=class{mode=Kt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>co,this.baseDelay??=Wt.delay(),this.retryBackoffStrategy??=
new gc}async acquireInitialRetryToken(e){return new Yi(Wt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),i=n===0,s=e.isLongPoll?.();if(i||s){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Wt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),p=c;if(r.retryAfterHint instanceof Date&&(p=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),i){let u=this.getCapacityCost(a);this.capacity-=u;let d=new Yi(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,p)),d.$retryLog.acquisitionDelay=p,d}else{let u=n===hc.capacity&&s?p:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${co}`),co}}retryCode(e,r,o){let n=e.getRetryCount()+1,i=this.isRetryableError(r.errorType)?0:hc.incompatible,s=n<o?0:hc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:hc.capacity;return i||s||a}getCapacityCost(e){return e===Wt.modifiedCostType()?Wt.throttlingCost():Wt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var yc,Iw=l(()=>{Rw();gf();Xi();yc=class{mode=Kt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new mc,
this.standardRetryStrategy=r?new Yo({maxAttempts:typeof e=="number"?e:3,...r}):new Yo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var hf,yf,Jt,Yt,Tw,vw,Xt,Cw=l(()=>{T();Iw();gf();Xi();fc();hf="AWS_MAX_ATTEMPTS",yf="max_attempts",Jt={environmentVariableSelector:t=>{let e=t[hf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${hf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[yf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${yf} mast be a number, got "${e}"`);return r},default:co},Yt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:i=Wt.delay()}=e??{},s=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let p=await s();
return await W(o)()===Kt.ADAPTIVE?new yc(s,{maxAttempts:p,baseDelay:i}):new Yo({maxAttempts:p,baseDelay:i})};return Object.assign(t,{maxAttempts:s,retryStrategy:()=>a??=
c()})},Tw="AWS_RETRY_MODE",vw="retry_mode",Xt={environmentVariableSelector:t=>t[Tw],configFileSelector:t=>t[vw],default:it}});var Uee,pr,ut=l(()=>{rw();xw();Xi();Cw();Uee=ff(df),pr=Sw(df)});async function Pw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&vr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let i=await e.
retryStrategy();if(typeof i.mode=="string")switch(i.mode){case Kt.ADAPTIVE:vr(t,"RETRY_MODE_ADAPTIVE","F");break;case Kt.STANDARD:vr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let i=t.endpointV2;switch(String(i?.url?.hostname).match(CL)&&vr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":vr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":vr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":vr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let i=n;i.accountId&&vr(t,"RESOLVED_ACCOUNT_ID","T");for(let[s,a]of Object.
entries(i.$source??{}))vr(t,s,a)}}var CL,Aw=l(()=>{ut();uE();CL=/\d{12}\.ddb/});var Ef,Ec,bw,Ow,Nw=l(()=>{Ef="user-agent",Ec="x-amz-user-agent",bw=/[^!$%&'*+\-.^_`|~\w]/g,Ow=/[^!$%&'*+\-.^_`|~\w#]/g});function Dw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var kw=l(()=>{});var Fw,Sc,Uw,Qt,Mw=l(()=>{U();uf();Aw();Nw();kw();Fw=t=>(e,r)=>async o=>{let{request:n}=o;if(!z.isInstance(n))return e(o);let{headers:i}=n,s=r?.userAgent?.map(Sc)||
[],a=(await t.defaultUserAgentProvider()).map(Sc);await Pw(r,t,o);let c=r;a.push(`m/${Dw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let p=t?.customUserAgent?.map(Sc)||[],u=await t.userAgentAppId();u&&a.push(Sc(["app",`${u}`]));let d=ew(),m=(d?[d]:[]).concat([...a,...s,...p]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...p].join(" ");return t.runtime!=="browser"?(f&&(i[Ec]=i[Ec]?`${i[Ef]} ${f}`:f),i[Ef]=m):i[Ec]=m,e({...o,request:n})},Sc=t=>{
let e=t[0].split("/").map(s=>s.replace(bw,"-")).join("/"),r=t[1]?.replace(Ow,"-"),o=e.indexOf("/"),n=e.substring(0,o),i=e.substring(o+1);return n==="api"&&(i=i.
toLowerCase()),[n,i,r].filter(s=>s&&s.length>0).reduce((s,a,c)=>{switch(c){case 0:return a;case 1:return`${s}/${a}`;default:return`${s}#${a}`}},"")},Uw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Qt=t=>({applyToStack:e=>{e.add(Fw(t),Uw)}})});var xc,Bw,Hw=l(()=>{xc=require("node:process"),Bw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(xc.versions[e])return[`md/${e}`,xc.versions[e]];return["md/\
nodejs",xc.versions.node]}});var xf,Gw=l(()=>{xf={isCrtAvailable:!1}});var zw,jw=l(()=>{Gw();zw=()=>xf.isCrtAvailable?["md/crt-avail"]:null});var Rc,Rf,Zt,Vw=l(()=>{Rc=require("node:os"),Rf=require("node:process");Hw();jw();Zt=({serviceId:t,clientVersion:e})=>{let r=Bw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Rc.platform)()}`,(0,Rc.release)()],["lang/js"],r],i=zw();i&&n.push(i),t&&n.push([`api/${t}`,e]),Rf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Rf.env.AWS_EXECUTION_ENV}`]);let s=await o?.userAgentAppId?.();return s?[...n,[`app/${s}`]]:[...n]}}});var qw,Ww,PL,er,Kw=l(()=>{lf();qw="AWS_SDK_UA_APP_ID",Ww="sdk_ua_app_id",PL="sdk-ua-app-id",er={environmentVariableSelector:t=>t[qw],configFileSelector:t=>t[Ww]??
t[PL],default:pc}});var Jw=l(()=>{K()});var _f,Yw=l(()=>{K();Jw();_f=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!_f(r))return!1;return!0}return!(!Ar(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Nn(t))}});var Xw,Qw=l(()=>{Xw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,i,s,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
p=>p.split("/")).flat();return{partition:o,service:n,region:i,accountId:s,resourceId:c}}});var dt,Zw=l(()=>{K();Yw();Qw();uf();dt={isVirtualHostableS3Bucket:_f,parseArn:Xw,partition:Z_};Ne.aws=dt});function wf(t={}){return w({...Oe,async default(){return eI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...et,...t})}var eI,tI=l(()=>{k();eI={silence:!1}});var tr,rr,rI=l(()=>{tr=t=>({setRegion(e){t.region=e},region(){return t.region}}),rr=t=>({region:t.region()})});var M=l(()=>{pE();lE();dE();T_();P_();L_();lf();Mw();Vw();Kw();Zw();tI();rI()});var _c,wc,oI=l(()=>{U();_c=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,wc=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Qi,nI=l(()=>{Qi=t=>new Date(Date.now()+t)});var Ic,iI=l(()=>{Ic=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let i=Date.now();return r!==void 0&&i-r>9e5?e:n-i}});var If=l(()=>{oI();nI();iI()});var Zi,AL,es,Ee,Tf=l(()=>{U();Pr();If();Zi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},AL=t=>t.context?.[Er]?.
eventStream?.output===!0,es=async t=>{let e=Zi("context",t.context),r=Zi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],i=await Zi("signer",r.signer)(
o),s=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}},Ee=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await es(o),{config:i,signer:s}=n,{signingRegion:a,
signingName:c}=n,p=o.context;if(p?.authSchemes?.length??!1){let[f,g]=p.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await i.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||AL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
i.systemClockOffset,o._requestSentAt=Date.now()),await s.sign(e,{signingDate:u?new Date:Qi(i.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??_c(o.$response);if(n){let i=Zi("config",e.config),s=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=wc(o.$response),p=Ic(n,i.systemClockOffset,a,c);i.systemClockOffset=p,Math.abs(p)>=24e4&&(p!==s||s!==void 0&&s!==p)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=_c(e);if(o){let n=Zi("config",r.config),
i=r._requestSentAt,s=wc(e);n.systemClockOffset=Ic(o,n.systemClockOffset,i,s)}}}});var po,sI=l(()=>{U();If();Tf();po=class extends Ee{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}=await es(o),u=(await n.sigv4aSigningRegionSet?.()??a??[s]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await i.
sign(e,{signingDate:d?new Date:Qi(n.systemClockOffset),signingRegion:u,signingService:c})}}});var vf,aI=l(()=>{vf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var cI,pI=l(()=>{cI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var lI,uI,mt,dI=l(()=>{aI();pI();lI="AWS_AUTH_SCHEME_PREFERENCE",uI="auth_scheme_preference",mt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&cI(e.signingName)in
t)return["httpBearerAuth"];if(lI in t)return vf(t[lI])},configFileSelector:t=>{if(uI in t)return vf(t[uI])},default:[]}});var Tc,vc,mI=l(()=>{nt();k();Tc=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),vc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ge("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ge("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function gI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Cc,fI,bL,Cf,hI=l(()=>{$();$();Cc=class{format(e){let r=[];for(let i in e){
if(!b(e,i))continue;let s=ae(i);r.push(Uint8Array.from([s.byteLength]),s,this.formatHeaderValue(e[i]))}let o=new Uint8Array(r.reduce((i,s)=>i+s.byteLength,0)),n=0;
for(let i of r)o.set(i,n),n+=i.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let i=new DataView(new ArrayBuffer(3+e.value.byteLength));i.setUint8(0,6),i.setUint16(1,e.value.byteLength,!1);let s=new Uint8Array(i.buffer);
return s.set(e.value,3),s;case"string":let a=ae(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let p=new Uint8Array(
c.buffer);return p.set(a,3),p;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(Cf.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!bL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Ud(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(fI||(fI={}));bL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Cf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&gI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&gI(e),parseInt(Tt(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var yI,EI,Pf,SI,xI,Af,bf,Of,Nf,OL,RI,_I,ts,wI,II,TI,vI,Pc,CI,PI,AI,Df,bI,Xo=l(()=>{yI="X-Amz-Algorithm",EI="X-Amz-Credential",Pf="X-Amz-Date",SI="X-Amz-SignedHe\
aders",xI="X-Amz-Expires",Af="X-Amz-Signature",bf="X-Amz-Security-Token",Of="authorization",Nf=Pf.toLowerCase(),OL="date",RI=[Of,Nf,OL],_I=Af.toLowerCase(),ts="\
x-amz-content-sha256",wI=bf.toLowerCase(),II={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},TI=/^proxy-/,vI=/^sec-/,Pc="AWS4-HMAC-SHA256",CI="AWS4-HMAC-SHA256-PAYL\
OAD",PI="UNSIGNED-PAYLOAD",AI=50,Df="aws4_request",bI=3600*24*7});var OI,NI=l(()=>{$();U();Xo();OI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===_I)continue;let n=xr(o);e.push(n);let i=t[o];typeof i==
"string"?r[n]=`${n}=${xr(i)}`:Array.isArray(i)&&(r[n]=i.slice(0).reduce((s,a)=>s.concat([`${n}=${xr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var DI,NL,kI=l(()=>{DI=t=>NL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),NL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Ac,$I=l(()=>{T();U();$();NI();kI();Ac=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:i,uriEscapePath:s=!0}){this.service=n,this.sha256=i,this.uriEscapePath=s,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${OI(e)}
${n.map(i=>`${i}:${r[i]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let i=new this.sha256;i.update(Or(o));let s=await i.digest();return`${n}
${e}
${r}
${Tt(s)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let i of e.split("/"))i?.length!==0&&i!=="."&&(i===".."?r.pop():r.push(i));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return xr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=DI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var bc,kf,Oc,FI,LI,UI=l(()=>{$();Xo();bc={},kf=[],Oc=(t,e,r)=>`${t}/${e}/${r}/${Df}`,FI=async(t,e,r,o,n)=>{let i=await LI(t,e.secretAccessKey,e.accessKeyId),s=`${r}\
:${o}:${n}:${Tt(i)}:${e.sessionToken}`;if(s in bc)return bc[s];for(kf.push(s);kf.length>AI;)delete bc[kf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Df])a=await LI(t,a,c);return bc[s]=a},LI=(t,e,r)=>{let o=new t(e);return o.update(Or(r)),o.digest()}});var $f,MI=l(()=>{$();Xo();$f=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let i=n.toLowerCase();(b(II,i)||e?.has(i)||
TI.test(i)||vI.test(i))&&(!r||r&&!r.has(i))||(i==="__proto__"&&Vr(o),o[i]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Nc,BI=l(()=>{$();$();Xo();Nc=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===ts)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Ii(e)){let o=new r;return o.update(Or(e)),Tt(await o.digest())}return PI}});var HI,GI=l(()=>{$();HI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var zI,jI=l(()=>{$();U();zI=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let n in r){if(!b(r,n))continue;let i=n.toLowerCase();(i.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(i)||e.hoistableHeaders?.has(i))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Lf,VI=l(()=>{$();U();Xo();Lf=t=>{t=z.clone(t);for(let e in t.headers)b(t.headers,e)&&RI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,qI=l(()=>{$();hI();$I();Xo();UI();MI();BI();GI();jI();VI();lo=class extends Ac{headerFormatter=new Cc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:i,uriEscapePath:s=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:i,uriEscapePath:s})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:i,unhoistableHeaders:s,signableHeaders:a,hoistableHeaders:c,signingRegion:p,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=p??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>bI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Oc(g,m,u??this.service),y=zI(Lf(e),{unhoistableHeaders:s,hoistableHeaders:c});
d.sessionToken&&(y.query[bf]=d.sessionToken),y.query[yI]=Pc,y.query[EI]=`${d.accessKeyId}/${h}`,y.query[Pf]=f,y.query[xI]=n.toString(10);let S=$f(y,i,a);return y.
query[SI]=this.getCanonicalHeaderList(S),y.query[Af]=await this.getSignature(f,h,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(y,S,await Nc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:i,signingService:s,eventStreamCredentials:a}){let c=i??await this.regionProvider(),{
shortDate:p,longDate:u}=this.formatDate(o),d=Oc(p,c,s??this.service),m=await Nc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Tt(await f.
digest()),h=[CI,u,d,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:s,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:i}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:i}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:i}={}){let s=i??await this.credentialProvider();this.validateResolvedCredentials(s);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),p=new this.sha256(await this.getSigningKey(s,a,c,n));return p.update(Or(e)),Tt(await p.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:i,signingService:s}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=i??await this.regionProvider(),p=Lf(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Oc(d,c,s??this.service);p.headers[Nf]=u,a.sessionToken&&(p.headers[wI]=
a.sessionToken);let f=await Nc(p,this.sha256);!HI(ts,p.headers)&&this.applyChecksum&&(p.headers[ts]=f);let g=$f(p,n,o),h=await this.getSignature(u,m,this.getSigningKey(
a,c,d,s),this.createCanonicalRequest(p,g,f));return p.headers[Of]=`${Pc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,p}async getSignature(e,r,o,n){let i=await this.createStringToSign(e,r,n,Pc),s=new this.sha256(await o);return s.update(Or(i)),Tt(await s.digest())}getSigningKey(e,r,o,n){
return FI(this.sha256,e,o,r,n||this.service)}}});var Dc,WI=l(()=>{Dc={SignatureV4a:null}});var kc=l(()=>{qI();WI()});function DL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=cc(e,ac,Ji):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function kL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Ff,KI=l(()=>{M();
nt();kc();Ff=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=DL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=kL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:i=!0,systemClockOffset:s=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:i},h=e.signerConstructor||lo;return new h(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:i},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:s,signingEscapePath:i,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var Uf=l(()=>{Tf();sI();dI();mI();KI()});var LL,FL,JI,YI=l(()=>{k();LL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",FL="disable_clock_skew_correction",JI={environmentVariableSelector:t=>Pt(t,LL,Xe.ENV),configFileSelector:t=>Pt(
t,FL,Xe.CONFIG),default:!1}});var XI,QI=l(()=>{k();YI();XI=w(JI)});var lr,Ie=l(()=>{Uf();Uf();QI();lr=Ff(XI)});var rs,os,Mf,Bf,Hf,Gf,$c,iT=l(()=>{M();k();rs="AWS_ACCESS_KEY_ID",os="AWS_SECRET_ACCESS_KEY",Mf="AWS_SESSION_TOKEN",Bf="AWS_CREDENTIAL_EXPIRATION",Hf="AWS_CREDE\
NTIAL_SCOPE",Gf="AWS_ACCOUNT_ID",$c=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[rs],r=process.env[os],o=process.
env[Mf],n=process.env[Bf],i=process.env[Hf],s=process.env[Gf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...i&&{credentialScope:i},...s&&{accountId:s}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var sT={};nr(sT,{ENV_ACCOUNT_ID:()=>Gf,ENV_CREDENTIAL_SCOPE:()=>Hf,ENV_EXPIRATION:()=>Bf,ENV_KEY:()=>rs,ENV_SECRET:()=>os,ENV_SESSION:()=>Mf,fromEnv:()=>$c});var zf=l(
()=>{iT()});var Lc,Fc,jf=l(()=>{Lc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Fc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var aT,cT,Mn,Uc=l(()=>{aT=1e3,cT=0,Mn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Vf,pT=l(()=>{Vf=Xr(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=Vf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Ge("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Ge("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:i=400}=n;(i<200||300<=i)&&(r(Object.assign(new Ge("Error response received from instance metadata service"),{statusCode:i})),
o.destroy());let s=[];n.on("data",a=>{s.push(a)}),n.on("end",()=>{e(Buffer.concat(s)),o.destroy()})}),o.end()})}var Mc=l(()=>{k();pT()});var ns,qf=l(()=>{ns=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Bn,is,Bc,lT,BL,HL,GL,zL,jL,uT=l(()=>{k();jf();Uc();Mc();qf();Bn="AWS_CONTAINER_CREDENTIALS_FULL_URI",is="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Bc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",lT=(t={})=>{let{timeout:e,maxRetries:r}=Mn(t);return()=>ns(async()=>{let o=await jL({logger:t.logger}),n=JSON.parse(await BL(e,o));if(!Lc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Fc(n)},r)},BL=async(t,e)=>(process.env[Bc]&&(e.headers={...e.
headers,Authorization:process.env[Bc]}),(await uo({...e,timeout:t})).toString()),HL="169.254.170.2",GL=new Set(["localhost","127.0.0.1"]),zL=new Set(["http:","h\
ttps:"]),jL=async({logger:t})=>{if(process.env[is])return{hostname:HL,path:process.env[is]};if(process.env[Bn]){let e;try{e=new URL(process.env[Bn])}catch{throw new R(
`${process.env[Bn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!GL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!zL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${is} or ${Bn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Hc,dT=l(()=>{k();Hc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Qo,Wf=l(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Qo||(Qo={}))});var VL,qL,mT,fT=l(()=>{VL="AWS_EC2_METADATA_SERVICE_ENDPOINT",qL="ec2_metadata_service_endpoint",mT={environmentVariableSelector:t=>t[VL],configFileSelector:t=>t[qL],
default:void 0}});var mo,Kf=l(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var WL,KL,gT,hT=l(()=>{Kf();WL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",KL="ec2_metadata_service_endpoint_mode",gT={environmentVariableSelector:t=>t[WL],configFileSelector:t=>t[KL],
default:mo.IPv4}});var Gc,JL,YL,Jf=l(()=>{k();U();Wf();fT();Kf();hT();Gc=async()=>ye(await JL()||await YL()),JL=async()=>w(mT)(),YL=async()=>{let t=await w(gT)();switch(t){case mo.
IPv4:return Qo.IPv4;case mo.IPv6:return Qo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var XL,Yf,yT=l(()=>{XL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Yf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+XL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var ET,ST=l(()=>{yT();ET=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Yf(n,r))}catch(i){
if(o)r.warn("Credential renew failed: ",i),n=Yf(o,r);else throw i}return o=n,n}}});var _T,QL,Xf,xT,RT,wT,ZL,e1,t1,r1,IT=l(()=>{k();dT();jf();Uc();Mc();qf();Jf();ST();_T="/latest/meta-data/iam/security-credentials/",QL="/latest/api/token",Xf="A\
WS_EC2_METADATA_V1_DISABLED",xT="ec2_metadata_v1_disabled",RT="x-aws-ec2-metadata-token",wT=(t={})=>ET(ZL(t),{logger:t.logger}),ZL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:i}=Mn(t),s=async(a,c)=>{if(e||c.headers?.[RT]==null){let d=!1,m=!1,f=await w({environmentVariableSelector:g=>{let h=g[Xf];if(m=!!h&&h!=="f\
alse",h===void 0)throw new R(`${Xf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[xT];return d=!!h&&h!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${xT})`),m&&g.push(`process environment variable (${Xf})`),new Hc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await ns(async()=>{let d;try{d=await t1(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return ns(async()=>{let d;try{d=await r1(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Gc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),s(i,{...a,timeout:n});{let c;try{c=(await e1({...a,timeout:n})).toString()}catch(p){
if(p?.statusCode===400)throw Object.assign(p,{message:"EC2 Metadata token request returned error"});return(p.message==="TimeoutError"||[403,404,405].includes(p.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),s(i,{...a,timeout:n})}return s(i,{...a,headers:{[RT]:c},timeout:n})}}},
e1=async t=>uo({...t,path:QL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),t1=async t=>(await uo({...t,path:_T})).toString(),r1=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:_T+t})).toString());if(!Lc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Fc(
o)}});var zc={};nr(zc,{DEFAULT_MAX_RETRIES:()=>cT,DEFAULT_TIMEOUT:()=>aT,ENV_CMDS_AUTH_TOKEN:()=>Bc,ENV_CMDS_FULL_URI:()=>Bn,ENV_CMDS_RELATIVE_URI:()=>is,Endpoint:()=>Qo,
fromContainerMetadata:()=>lT,fromInstanceMetadata:()=>wT,getInstanceMetadataEndpoint:()=>Gc,httpRequest:()=>uo,providerConfigFromInit:()=>Mn});var jc=l(()=>{uT();
IT();Uc();Mc();Jf();Wf()});function Qf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var TT=l(()=>{});var vT,CT=l(()=>{vT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var PT,AT=l(()=>{$();PT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Hn,bT=l(()=>{Hn=Xr(require("node:https"))});var ce,Zo=l(()=>{ce={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var OT,NT,DT=l(()=>{Zo();OT=1e3,NT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let i=ce.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),s=a=>{a?.connecting?
a.on("connect",()=>{ce.clearTimeout(i)}):ce.clearTimeout(i)};t.socket?s(t.socket):t.on("socket",s)};return r<2e3?(o(0),0):ce.setTimeout(o.bind(null,OT),OT)}});var kT,$T=l(()=>{Zo();kT=(t,e,r=0,o,n)=>r?ce.setTimeout(()=>{let i=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let s=Object.assign(new Error(i),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(s),e(s)}else i+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(i)},r):-1});var o1,LT,FT=l(()=>{Zo();o1=3e3,LT=(t,{keepAlive:e,keepAliveMsecs:r},o=o1)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
i=>{i.setKeepAlive(e,r||0)})};return o===0?(n(),0):ce.setTimeout(n,o)}});var Vc,UT=l(()=>{Vc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var n1,Zf,MT=l(()=>{Zo();n1=3e3,Zf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let i=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},s=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",s):(c.setTimeout(
r,i),t.on("close",()=>c.removeListener("timeout",i))):t.once("socket",s)};if(r<6e3){s();return}let a=ce.setTimeout(s,n1);t.once("close",()=>ce.clearTimeout(a))}});async function GT(t,e,r=BT,o=!1){let n=e.headers,i=n?n.Expect||n.expect:void 0,s=-1,a=!0;!o&&i==="100-continue"&&(a=await Promise.race([new Promise(c=>{s=Number(
ce.setTimeout(()=>c(!0),Math.max(BT,r)))}),new Promise(c=>{t.on("continue",()=>{ce.clearTimeout(s),c(!0)}),t.on("response",()=>{ce.clearTimeout(s),c(!1)}),t.on(
"error",()=>{ce.clearTimeout(s),c(!1)})})])),a&&i1(t,e.body)}function i1(t,e){if(e instanceof HT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var HT,BT,zT=l(()=>{HT=require("node:stream");Zo();BT=
6e3});var qc,jT,ke,VT=l(()=>{$();U();TT();CT();AT();bT();DT();$T();FT();UT();MT();Zo();zT();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:i,maxSockets:s}=e;
if(typeof s!="number"||s===1/0||Date.now()-15e3<r)return r;if(n&&i)for(let c in n){if(!b(n,c))continue;let p=n[c]?.length??0,u=i[c]?.length??0;if(p>=s&&u>=2*s)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${p} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,i=n.logger,
s=e.protocol==="https:";return!s&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let p,u=-1,d=-1,m=-1,
f=-1,g=()=>{ce.clearTimeout(u),ce.clearTimeout(d),ce.clearTimeout(m),ce.clearTimeout(f)},h=async V=>{await p,g(),a(V)},y=async V=>{await p,g(),c(V)};if(r?.aborted){
let V=Qf(r);y(V);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,C=s?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(C=new(s?Hn.default.Agent:
qc)({keepAlive:!1,maxSockets:1/0})),u=ce.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(C,this.socketWarningTimestamp,i)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let A=e.query?zm(e.query):"",L;if(e.username!=null||e.password!=null){let V=e.username??"",fr=e.password??"";
L=`${V}:${fr}`}let X=e.path;A&&(X+=`?${A}`),e.fragment&&(X+=`#${e.fragment}`);let Ae=e.hostname??"";Ae[0]==="["&&Ae.endsWith("]")?Ae=e.hostname.slice(1,-1):Ae=e.
hostname;let or={headers:e.headers,host:Ae,method:e.method,path:X,port:e.port,agent:C,auth:L},le=(s?Hn.default.request:jT)(or,V=>{let fr=new Je({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:PT(V.headers),body:V});h({response:fr})});if(le.on("error",V=>{vT.includes(V.code)?y(Object.assign(V,{name:"TimeoutError"})):y(
V)}),r){let V=()=>{le.destroy();let fr=Qf(r);y(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",V,{once:!0}),le.once("close",
()=>fr.removeEventListener("abort",V))}else r.onabort=V}let be=o??n.requestTimeout;d=NT(le,y,n.connectionTimeout),m=kT(le,y,be,n.throwOnRequestTimeout,i??console);
let at=n.socketTimeout===void 0?Vc(n):void 0;at?Zf(le,y,at,!0):Zf(le,y,n.socketTimeout);let Ke=or.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=LT(le,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),p=GT(le,e,be,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Vc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:i,httpAgent:s,httpsAgent:a,throwOnRequestTimeout:c,logger:p}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Vc(e),socketAcquisitionWarningTimeout:i,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Xr(um())),
{Agent:g,request:h}=f.default??f;return jT=h,qc=g,s instanceof qc||typeof s?.destroy=="function"?(this.externalAgent=!0,s):new qc({keepAlive:u,maxSockets:d,...s})})(),
httpsAgent:a instanceof Hn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Hn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:p}}}});var fo=l(()=>{VT();$()});var s1,a1,c1,qT,WT=l(()=>{k();s1="169.254.170.2",a1="169.254.170.23",c1="[fd00:ec2::23]",qT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===s1||t.hostname===a1||
t.hostname===c1)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let i=parseInt(n,10);return 0<=i&&i<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function KT(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function JT(t,e){let o=await zi(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:vd(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var YT=l(()=>{k();U();$();$()});var XT,QT=l(()=>{XT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(i=>setTimeout(i,r))}return await t()}});var e0,p1,l1,u1,d1,m1,t0,ZT,r0=l(()=>{M();k();fo();e0=Xr(require("node:fs/promises"));WT();YT();QT();p1="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",l1="http://169.\
254.170.2",u1="AWS_CONTAINER_CREDENTIALS_FULL_URI",d1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",m1="AWS_CONTAINER_AUTHORIZATION_TOKEN",t0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[p1],o=t.awsContainerCredentialsFullUri??process.env[u1],
n=t.awsContainerAuthorizationToken??process.env[m1],i=t.awsContainerAuthorizationTokenFile??process.env[d1],s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(s("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),s("awsContainerCredentialsRelativeUri will take precedence.")),n&&i&&(s("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),s("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${l1}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);qT(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),p=t.timeout??1e3,u=XT(async()=>{let d=KT(a);i?d.headers.Authorization=ZT((await e0.default.readFile(i)).toString()):n&&(d.headers.Authorization=ZT(
n));try{let m=await c.handle(d,{requestTimeout:p});return JT(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},ZT=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var eg={};nr(eg,{fromHttp:()=>t0});var tg=l(()=>{r0()});var Wc,rg=l(()=>{Wc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Gn,Kc=l(()=>{Gn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function g1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function h1(t){return{schemeId:"smithy.api#noAuth"}}var s0,a0,c0,og=l(()=>{Ie();T();s0=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});a0=t=>{let e=[];return t.operation==="CreateToken"?e.push(h1(t)):e.push(g1(t)),
e},c0=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var p0,l0,ng=l(()=>{p0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
l0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var go,ss=l(()=>{go={name:"@aws-sdk/nested-clients",version:"3.998.5"}});var ho,Jc=l(()=>{T();Q();ho=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(i=>!!i.getMergedTraits().httpPayload);if(n){let i=n.getMergedTraits().mediaType;return i||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(s=>{let{httpQuery:a,httpQueryParams:c,httpHeader:p,httpLabel:u,httpPrefixHeaders:d}=s.
getMergedTraits();return!a&&!c&&!p&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,i,s){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:i,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:s?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let i=Z.for(n),s=Z.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(i),e.copyFrom(s),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=$a(e,r);o&&(n.message=o);let i=n.Error??{};i.Type=n.Error?.Type,i.Code=n.Error?.Code,i.Message=n.Error?.message??
n.Error?.Message??o,n.Error=i;let s=n.$metadata.requestId;return s&&(n.RequestId=s),n}return $a(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,i]=o.split(";"),s=Object.keys(e),a={Code:n,Type:i};e.Code=n,e.Type=i;for(let c=0;c<s.length;c++){let p=s[c];a[p==="message"?
"Message":p]=e[p]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>F.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Yc,u0=l(()=>{U();Q();Jc();Yc=class extends qo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=i??new Jo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Gr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,i){let{awsQueryCompatible:s}=this;
s&&this.mixin.setQueryCompatError(n,o);let a=Qm(o,n,s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:p}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,i,s?this.mixin.findQueryCompatibleError:void 0),u=F.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,S]of u.
structIterator())n[y]!=null&&(g[y]=h.readObject(S,n[y]));throw s&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,p,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var en,d0=l(()=>{u0();en=class extends Yc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,m0=l(()=>{U();Q();Jc();qr=class extends Vi{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Jo(n),this.serializer=
new Wi(this.codec.createSerializer(),n),this.deserializer=new qi(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),i=F.of(e.input);if(!n.headers["content-type"]){let s=this.mixin.resolveRestContentType(this.getDefaultContentType(),i);s&&(n.headers["content-type"]=s)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),i=F.of(e.output);for(let[s,a]of i.structIterator())a.getMemberTraits().httpPayload&&!(s in n)&&(n[s]=null);return n}async handleError(e,r,o,n,i){let s=Xm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
s,this.options.defaultNamespace,o,n,i),p=F.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of p.structIterator()){let S=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:p.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function ig(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function ag(t){return new sg(t).parse()}var sg,f0=l(
()=>{sg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&ig(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let i=[],s=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,i.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,s.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];i.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&i.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=i.length===1?i[0]:i.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let p={};for(let u of i)u.trim()===""&&u.includes(`
`)||(p["#text"]="#text"in p?p["#text"]+u:u);for(let u of s)u.tag==="__proto__"&&ig(p),u.tag in p?Array.isArray(p[u.tag])?p[u.tag].push(u.value):p[u.tag]=[p[u.tag],
u.value]:p[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&ig(p),p[u]=d;return{tag:r,value:p}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,i)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[i]??"")}}});var g0=l(()=>{f0()});var zn,cg=l(()=>{zn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Xc,h0=l(()=>{Xc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function y0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var E0=l(()=>{});var Qc,S0=l(()=>{g0();T();U();Q();$();cg();h0();E0();Qc=class extends zn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Wo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=F.of(e),i=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(i).find(p=>!!p.getMemberTraits().eventPayload)){let p={},u=Object.keys(i)[0];return i[u].isBlobSchema()?p[u]=r:p[u]=this.read(
i[u],r),p}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=F.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let i=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],p=a.getMergedTraits().xmlName??"member",u=i?r:(r[0]??r)[p];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let s={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),p;i?p=Array.isArray(r)?r:[r]:p=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of p){let f=m[u],g=m[d];f==="__proto__"&&y0(s),s[f]=
this.readSchema(c,g)}return s}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Xc(r,s));for(let[p,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??p;a&&c.mark(m),r[m]!=null&&(s[p]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),s}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=ag(e)}catch(s){throw s&&typeof s=="object"&&Object.defineProperty(s,"\
$responseBodyText",{value:e}),s}let o="#text",n=Object.keys(r)[0],i=r[n];return i[o]&&(i[n]=i[o],delete i[o]),La(i)}return{}}}});var Zc,x0=l(()=>{U();Q();$();$();cg();Zc=class extends zn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=F.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??he)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(kn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof _e?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Ko(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Mo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let i=n.getValueSchema(),s=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let p=i.getMergedTraits(),u=this.getKey("member",p.xmlName,p.ec2QueryName),d=s?`${o}${a}`:`${o}${u}.${a}`;this.write(i,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let i=n.getKeySchema(),s=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let p in r){let u=r[p];if(u==null)continue;let d=i.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=s.getMergedTraits(),h=this.getKey("value",g.xmlName,
g.ec2QueryName),y=a?`${o}${c}.${h}`:`${o}entry.${c}.${h}`;this.write(i,p,f),this.write(s,u,y),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let i=!1;
for(let[s,a]of n.structIterator()){if(r[s]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),p=this.getKey(s,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${p}`;this.write(a,r[s],u),i=!0}if(!i&&n.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s,p=`${o}${a}`;this.write(15,c,p)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:i,
capitalizeKeys:s}=this.settings;if(i&&o)return o;let a=r??e;return s&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${jo(e)}=`}writeValue(e){this.buffer+=jo(e)}}});var as,R0=l(()=>{U();Q();Jc();S0();x0();as=class extends qo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Zc(r),this.deserializer=new Qc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Gr(e.input)==="unit"||
!n.body)&&(n.body="");let i=e.name.split("#")[1]??e.name;return n.body=`Action=${i}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(o.statusCode>=300){let u=await je(o.body,r);u.byteLength>0&&Object.
assign(s,await n.read(15,u)),await this.handleError(e,r,o,s,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=i.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,p=await je(o.body,r);return p.byteLength>0&&Object.
assign(s,await n.read(i,p,c)),s.$metadata=this.deserializeMetadata(o),s}useNestedResult(){return!0}async handleError(e,r,o,n,i){let s=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:p,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,
o,a,i,this.mixin.findQueryCompatibleError),d=F.of(p),m=this.compositeErrorRegistry.getErrorCtor(p)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of d.structIterator()){let S=y.getMergedTraits().xmlName??h,x=a[S]??n[S];g[h]=this.deserializer.readSchema(y,x)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var tn=l(()=>{d0();m0();R0()});var ep,_0=l(()=>{ep=class{constructor(){throw new Error("not bundled: a JavaScript SHA-256, for a Node without crypto; Node's computes it here")}}});function S1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,cs.createHmac)("sha256",x1(this.secret)):(0,cs.createHash)("sha256")}}}function x1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var cs,E1,ft,w0=l(()=>{cs=require("node:crypto");_0();E1=(()=>{try{return(0,cs.createHash)("sha256"),!0}catch{return!1}})(),
ft=E1?S1():ep});var rn=l(()=>{w0()});var ps,on,tp,I0,P0,rp,pg,T0,lg,jn,v0,C0,R1,gt,_1,A0,b0=l(()=>{K();ps="ref",on=-1,tp=!0,I0="isSet",P0="PartitionResult",rp="booleanEquals",pg="getAttr",T0={[ps]:"\
Endpoint"},lg={[ps]:P0},jn={},v0=[{[ps]:"Region"}],C0={conditions:[[I0,[T0]],[I0,v0],["aws.partition",v0,P0],[rp,[{[ps]:"UseFIPS"},tp]],[rp,[{[ps]:"UseDualStack"},
tp]],[rp,[{fn:pg,argv:[lg,"supportsDualStack"]},tp]],[rp,[{fn:pg,argv:[lg,"supportsFIPS"]},tp]],["stringEquals",[{fn:pg,argv:[lg,"name"]},"aws-us-gov"]]],results:[
[on],[on,"Invalid Configuration: FIPS and custom endpoint are not supported"],[on,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[T0,
jn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[on,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",jn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[on,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[on,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",jn],[on,"Invalid Configuration: Missing Region"]]},R1=2,gt=1e8,_1=new Int32Array([-1,1,-1,0,13,3,1,4,gt+12,2,5,gt+12,3,
8,6,4,7,gt+11,5,gt+9,gt+10,4,11,9,6,10,gt+8,7,gt+6,gt+7,5,12,gt+5,6,gt+4,gt+5,3,gt+1,14,4,gt+2,gt+3]),A0=tt.from(_1,R1,C0.conditions,C0.results)});var w1,O0,N0=l(()=>{M();K();b0();w1=new rt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),O0=(t,e={})=>w1.get(t,()=>Mt(A0,{endpointParams:t,logger:e.
logger}));Ne.aws=dt});var ve,op=l(()=>{T();ve=class t extends Ze{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var ls,us,ds,ms,fs,gs,hs,ys,Es,Ss,xs,ug=l(()=>{op();ls=class t extends ve{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},us=class t extends ve{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ds=class t extends ve{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ms=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},fs=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},gs=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},hs=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
ys=class t extends ve{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Es=class t extends ve{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ss=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},xs=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var I1,T1,v1,C1,P1,A1,b1,O1,N1,D1,k1,$1,L1,F1,U1,M1,B1,H1,G1,z1,kr,j1,V1,q1,W1,K1,de,J1,_r,Y1,X1,wr,Q1,D0,k0,Z1,$0,eF,tF,rF,Se,L0,F0,ur,U0,M0,B0,H0,G0,z0,j0,V0,
q0,W0,K0,dg,oF,nF,iF,sF,J0,Y0,X0,mg,np=l(()=>{Q();ug();op();I1="AccessDeniedException",T1="AuthorizationPendingException",v1="AccessToken",C1="ClientSecret",P1=
"CreateToken",A1="CreateTokenRequest",b1="CreateTokenResponse",O1="CodeVerifier",N1="ExpiredTokenException",D1="InvalidClientException",k1="InvalidGrantExceptio\
n",$1="InvalidRequestException",L1="InternalServerException",F1="InvalidScopeException",U1="IdToken",M1="RefreshToken",B1="SlowDownException",H1="UnauthorizedCl\
ientException",G1="UnsupportedGrantTypeException",z1="accessToken",kr="client",j1="clientId",V1="clientSecret",q1="codeVerifier",W1="code",K1="deviceCode",de="e\
rror",J1="expiresIn",_r="error_description",Y1="grantType",X1="http",wr="httpError",Q1="idToken",D0="reason",k0="refreshToken",Z1="redirectUri",$0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",eF="scope",tF="server",rF="tokenType",Se="com.amazonaws.ssooidc",L0=new Z($0),F0=[-3,$0,"SSOOIDCServiceException",0,[],[]];L0.
registerError(F0,ve);ur=new Z(Se),U0=[-3,Se,I1,{[de]:kr,[wr]:400},[de,D0,_r],[0,0,0]];ur.registerError(U0,ls);M0=[-3,Se,T1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.
registerError(M0,us);B0=[-3,Se,N1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(B0,ds);H0=[-3,Se,L1,{[de]:tF,[wr]:500},[de,_r],[0,0]];ur.registerError(H0,ms);
G0=[-3,Se,D1,{[de]:kr,[wr]:401},[de,_r],[0,0]];ur.registerError(G0,fs);z0=[-3,Se,k1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(z0,gs);j0=[-3,Se,$1,{[de]:kr,
[wr]:400},[de,D0,_r],[0,0,0]];ur.registerError(j0,hs);V0=[-3,Se,F1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(V0,ys);q0=[-3,Se,B1,{[de]:kr,[wr]:400},[de,
_r],[0,0]];ur.registerError(q0,Es);W0=[-3,Se,H1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(W0,Ss);K0=[-3,Se,G1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(
K0,xs);dg=[L0,ur],oF=[0,Se,v1,8,0],nF=[0,Se,C1,8,0],iF=[0,Se,O1,8,0],sF=[0,Se,U1,8,0],J0=[0,Se,M1,8,0],Y0=[3,Se,A1,0,[j1,V1,Y1,K1,W1,k0,eF,Z1,q1],[0,[()=>nF,0],
0,0,0,[()=>J0,0],64,0,[()=>iF,0]],3],X0=[3,Se,b1,0,[z1,rF,J1,k0,Q1],[[()=>oF,0],0,1,[()=>J0,0],[()=>sF,0]]],mg=[9,Se,P1,{[X1]:["POST","/token",200]},()=>Y0,()=>X0]});var Q0,Z0=l(()=>{Ie();tn();nt();rn();T();U();$();og();N0();np();Q0=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??O0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
a0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new ot}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:dg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var ev,tv=l(()=>{ss();M();Ie();T();k();ut();$();fo();Z0();ev=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=Q0(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...et,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var rv,ov,nv=l(()=>{rv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},ov=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var iv,sv=l(()=>{M();T();U();nv();iv=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),rv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
ov(r))}});var Rs,fg=l(()=>{M();nt();T();k();K();U();ut();Q();og();ng();tv();sv();Rs=class extends Te{config;constructor(...[e]){let r=ev(e||{});super(r),this.initConfig=r;
let o=p0(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=c0(c),u=iv(p,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:s0,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var av,cv,pv,lv=l(()=>{T();K();ng();av=Lt(l0,"AWSSSOOIDCService","SSOOIDCClient",cr),cv={},pv=(t,e,r,o)=>[]});var _s,gg=l(()=>{lv();np();_s=class extends av(cv,pv,"CreateToken",mg){}});var aF,ip,uv=l(()=>{T();gg();fg();aF={CreateTokenCommand:_s},ip=class extends Rs{};zr(aF,ip)});var dv=l(()=>{gg()});var cF,pF,mv=l(()=>{cF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},pF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var fv=l(()=>{});var hg={};nr(hg,{$Command:()=>sr,AccessDeniedException:()=>ls,AccessDeniedException$:()=>U0,AccessDeniedExceptionReason:()=>cF,AuthorizationPendingException:()=>us,
AuthorizationPendingException$:()=>M0,CreateToken$:()=>mg,CreateTokenCommand:()=>_s,CreateTokenRequest$:()=>Y0,CreateTokenResponse$:()=>X0,ExpiredTokenException:()=>ds,
ExpiredTokenException$:()=>B0,InternalServerException:()=>ms,InternalServerException$:()=>H0,InvalidClientException:()=>fs,InvalidClientException$:()=>G0,InvalidGrantException:()=>gs,
InvalidGrantException$:()=>z0,InvalidRequestException:()=>hs,InvalidRequestException$:()=>j0,InvalidRequestExceptionReason:()=>pF,InvalidScopeException:()=>ys,InvalidScopeException$:()=>V0,
SSOOIDC:()=>ip,SSOOIDCClient:()=>Rs,SSOOIDCServiceException:()=>ve,SSOOIDCServiceException$:()=>F0,SlowDownException:()=>Es,SlowDownException$:()=>q0,UnauthorizedClientException:()=>Ss,
UnauthorizedClientException$:()=>W0,UnsupportedGrantTypeException:()=>xs,UnsupportedGrantTypeException$:()=>K0,__Client:()=>Te,errorTypeRegistries:()=>dg});var yg=l(
()=>{fg();uv();dv();T();np();mv();ug();fv();op()});var gv,hv=l(()=>{gv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(yg(),hg)),n=s=>e.clientConfig?.[s]??e.parentClientConfig?.[s]??r?.[s];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var yv,Ev=l(()=>{hv();yv=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(yg(),hg));return(await gv(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Eg,Sv=l(()=>{k();Kc();Eg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ct(`Token is expired. ${Gn}`,!1)}});var yo,xv=l(()=>{k();Kc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new Ct(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Gn}`,!1)}});var Rv,lF,_v,wv=l(()=>{k();Rv=require("node:fs"),{writeFile:lF}=Rv.promises,_v=(t,e)=>{let r=bi(t),o=JSON.stringify(e,null,2);return lF(r,o)}});var Iv,sp,Sg,Tv=l(()=>{k();Kc();Ev();Sv();xv();wv();Iv=new Map,sp=new Map,Sg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Qe({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ct(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ct(`Profile '${o}' could not be found in shared credentials file.`,!1);let i=n.sso_session,s=sp.get(i);if(s)return await s;let c=(await Li(
t))[i];if(!c)throw new Ct(`Sso session '${i}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new Ct(
`Sso session '${i}' is missing required property '${x}'.`,!1);let p=c.sso_start_url,u=c.sso_region,d;try{d=await Ni(i)}catch{throw new Ct(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Gn}`,!1)}yo("accessToken",d.accessToken),yo("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=sp.get(i);if(h)return await h;let y=Iv.get(i)??0;if(Date.now()-y<30*1e3)
return Eg(g),g;yo("clientId",d.clientId,!0),yo("clientSecret",d.clientSecret,!0),yo("refreshToken",d.refreshToken,!0);let S=(async()=>{try{Iv.set(i,Date.now());
let x=await yv(d,u,t,e);yo("accessToken",x.accessToken),yo("expiresIn",x.expiresIn);let C=new Date(Date.now()+x.expiresIn*1e3);try{await _v(i,{...d,accessToken:x.
accessToken,expiresAt:C.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:C}}catch{return Eg(g),g}})();sp.set(i,S);try{return await S}finally{
sp.delete(i)}}});var vv=l(()=>{Tv()});function dF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function mF(t){return{schemeId:"smithy.api#noAuth"}}var Cv,Pv,Av,xg=l(()=>{Ie();T();Cv=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});Pv=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
mF(t)):e.push(dF(t)),e},Av=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var bv,Ov,Rg=l(()=>{bv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),Ov={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var ws,nn,ap,Nv,Lv,cp,_g,Dv,wg,Vn,kv,$v,fF,ht,gF,Fv,Uv=l(()=>{K();ws="ref",nn=-1,ap=!0,Nv="isSet",Lv="PartitionResult",cp="booleanEquals",_g="getAttr",Dv={[ws]:"\
Endpoint"},wg={[ws]:Lv},Vn={},kv=[{[ws]:"Region"}],$v={conditions:[[Nv,[Dv]],[Nv,kv],["aws.partition",kv,Lv],[cp,[{[ws]:"UseFIPS"},ap]],[cp,[{[ws]:"UseDualStack"},
ap]],[cp,[{fn:_g,argv:[wg,"supportsDualStack"]},ap]],[cp,[{fn:_g,argv:[wg,"supportsFIPS"]},ap]],["stringEquals",[{fn:_g,argv:[wg,"name"]},"aws-us-gov"]]],results:[
[nn],[nn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[nn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Dv,
Vn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[nn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Vn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Vn],[nn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[nn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Vn],[nn,"Invalid Configuration: Missing Region"]]},fF=2,ht=1e8,gF=new Int32Array([-1,1,
-1,0,13,3,1,4,ht+12,2,5,ht+12,3,8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),Fv=tt.from(gF,fF,$v.conditions,
$v.results)});var hF,Mv,Bv=l(()=>{M();K();Uv();hF=new rt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Mv=(t,e={})=>hF.get(t,()=>Mt(Fv,{endpointParams:t,logger:e.
logger}));Ne.aws=dt});var Wr,Ig=l(()=>{T();Wr=class t extends Ze{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var pp,lp,up,dp,Tg=l(()=>{Ig();pp=class t extends Wr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lp=class t extends Wr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},up=class t extends Wr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dp=class t extends Wr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var yF,EF,SF,xF,RF,_F,wF,IF,TF,vF,CF,PF,AF,bF,OF,mp,fp,NF,DF,gp,kF,Hv,hp,$F,LF,FF,Gv,UF,MF,BF,dr,zv,HF,Is,GF,zF,jF,VF,jv,qF,WF,KF,JF,YF,XF,Vv,yp=l(()=>{Q();Tg();
Ig();yF="AccessTokenType",EF="GetRoleCredentials",SF="GetRoleCredentialsRequest",xF="GetRoleCredentialsResponse",RF="InvalidRequestException",_F="RoleCredential\
s",wF="ResourceNotFoundException",IF="SecretAccessKeyType",TF="SessionTokenType",vF="TooManyRequestsException",CF="UnauthorizedException",PF="accountId",AF="acc\
essKeyId",bF="accessToken",OF="account_id",mp="client",fp="error",NF="expiration",DF="http",gp="httpError",kF="httpHeader",Hv="httpQuery",hp="message",$F="roleC\
redentials",LF="roleName",FF="role_name",Gv="smithy.ts.sdk.synthetic.com.amazonaws.sso",UF="secretAccessKey",MF="sessionToken",BF="x-amz-sso_bearer_token",dr="c\
om.amazonaws.sso",zv=new Z(Gv),HF=[-3,Gv,"SSOServiceException",0,[],[]];zv.registerError(HF,Wr);Is=new Z(dr),GF=[-3,dr,RF,{[fp]:mp,[gp]:400},[hp],[0]];Is.registerError(
GF,pp);zF=[-3,dr,wF,{[fp]:mp,[gp]:404},[hp],[0]];Is.registerError(zF,lp);jF=[-3,dr,vF,{[fp]:mp,[gp]:429},[hp],[0]];Is.registerError(jF,up);VF=[-3,dr,CF,{[fp]:mp,
[gp]:401},[hp],[0]];Is.registerError(VF,dp);jv=[zv,Is],qF=[0,dr,yF,8,0],WF=[0,dr,IF,8,0],KF=[0,dr,TF,8,0],JF=[3,dr,SF,0,[LF,PF,bF],[[0,{[Hv]:FF}],[0,{[Hv]:OF}],
[()=>qF,{[kF]:BF}]],3],YF=[3,dr,xF,0,[$F],[[()=>XF,0]]],XF=[3,dr,_F,0,[AF,UF,MF,NF],[0,[()=>WF,0],[()=>KF,0],1]],Vv=[9,dr,EF,{[DF]:["GET","/federation/credentia\
ls",200]},()=>JF,()=>YF]});var qv,Wv=l(()=>{Ie();tn();nt();rn();T();U();$();xg();Bv();yp();qv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Mv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Pv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new ot}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:jv,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var Kv,Jv=l(()=>{ss();M();Ie();T();k();ut();$();fo();Wv();Kv=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=qv(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...et,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var Yv,Xv,Qv=l(()=>{Yv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Xv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Zv,eC=l(()=>{M();T();U();Qv();Zv=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),Yv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
Xv(r))}});var qn,vg=l(()=>{M();nt();T();k();K();U();ut();Q();xg();Rg();Jv();eC();qn=class extends Te{config;constructor(...[e]){let r=Kv(e||{});super(r),this.initConfig=r;
let o=bv(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=Av(c),u=Zv(p,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:Cv,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var tC,rC,oC,nC=l(()=>{T();K();Rg();tC=Lt(Ov,"SWBPortalService","SSOClient",cr),rC={},oC=(t,e,r,o)=>[]});var Wn,Cg=l(()=>{nC();yp();Wn=class extends tC(rC,oC,"GetRoleCredentials",Vv){}});var QF,Pg,iC=l(()=>{T();Cg();vg();QF={GetRoleCredentialsCommand:Wn},Pg=class extends qn{};zr(QF,Pg)});var sC=l(()=>{Cg()});var aC=l(()=>{});var cC=l(()=>{vg();iC();sC();yp();Tg();aC()});var pC={};nr(pC,{GetRoleCredentialsCommand:()=>Wn,SSOClient:()=>qn});var lC=l(()=>{cC()});var Ts,Ag,uC=l(()=>{M();vv();k();Ts=!1,Ag=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:i,clientConfig:s,parentClientConfig:a,
callerClientConfig:c,profile:p,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let at=await Sg({profile:p,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:s,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:at.token,expiresAt:new Date(at.expiration).toISOString()}}catch(at){throw new R(at.message,{tryNextLink:Ts,logger:f})}else try{g=await Ni(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:Ts,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:Ts,logger:f});let{accessToken:y}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(lC(),pC)),
C=i||new S(Object.assign({},s??{},{logger:s?.logger??c?.logger??a?.logger,region:s?.region??o,userAgentAppId:s?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
A;try{A=await C.send(new x({accountId:r,roleName:n,accessToken:y}))}catch(at){throw new R(at,{tryNextLink:Ts,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:X,
sessionToken:Ae,expiration:or,credentialScope:Tr,accountId:le}={}}=A;if(!L||!X||!Ae||!or)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:Ts,
logger:f});let be={accessKeyId:L,secretAccessKey:X,sessionToken:Ae,expiration:new Date(or),...Tr&&{credentialScope:Tr},...le&&{accountId:le}};return e?B(be,"CRE\
DENTIALS_SSO","s"):B(be,"CREDENTIALS_SSO_LEGACY","u"),be}});var Ep,bg=l(()=>{k();Ep=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:i}=t;if(!r||!o||!n||!i)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var dC,mC=l(()=>{k();rg();uC();bg();dC=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoSession:s}=t,{ssoClient:a}=t,c=Qe({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!i&&!s){let u=(await Sr(t))[c];if(!u)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!Wc(u))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await Li(t))[u.sso_session],x=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=Ep(u,t.logger);return Ag({ssoStartUrl:d,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!i)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Ag({ssoStartUrl:r,
ssoSession:s,ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Og={};nr(Og,{fromSSO:()=>dC,isSsoProfile:()=>Wc,validateSsoProfile:()=>Ep});var Ng=l(()=>{mC();rg();bg()});var fC,Dg,gC=l(()=>{M();k();fC=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:i}=await Promise.resolve().then(()=>(tg(),eg)),{fromContainerMetadata:s}=await Promise.resolve().then(()=>(jc(),zc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Bo(i(n??{}),s(n))().then(Dg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:i}=await Promise.resolve().then(()=>(jc(),zc));return async()=>i(
n)().then(Dg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:i}=await Promise.resolve().then(()=>(zf(),sT));
return async()=>i(n)().then(Dg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Dg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var vs,hC=l(()=>{vs={CrtSignerV4:null}});function EC(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function SC(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var kg,yC,Sp,xC=l(()=>{kc();kg="X-Amz-S3session-Token",yC=kg.toLowerCase(),Sp=class extends lo{async signWithCredentials(e,r,o){
let n=EC(r);e.headers[yC]=r.sessionToken;let i=this;return SC(i,n),i.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=EC(r);return delete e.headers[yC],
e.headers[kg]=r.sessionToken,e.query=e.query??{},e.query[kg]=r.sessionToken,SC(this,n),this.presign(e,o)}}});var sn,RC=l(()=>{kc();hC();xC();sn=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof vs.CrtSignerV4=="function"?"crt":typeof Dc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Sp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),i=vs.CrtSignerV4;if(i&&n instanceof
i)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=vs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=vs.CrtSignerV4,r=Dc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var $g=l(()=>{RC()});var Jn,an,Cs,_C,bC,Ps,$e,Lg,wC,IC,TC,vC,CC,Le,Fg,Kn,PC,AC,ZF,q,eU,OC,NC=l(()=>{K();Jn="ref",an=-1,Cs=!0,_C="isSet",bC="PartitionResult",Ps="booleanEquals",$e="s\
tringEquals",Lg="getAttr",wC="us-east-1",IC="sigv4",TC="sts",vC="https://sts.{Region}.{PartitionResult#dnsSuffix}",CC={[Jn]:"Endpoint"},Le={[Jn]:"Region"},Fg={[Jn]:bC},
Kn={},PC=[Le],AC={conditions:[[_C,[CC]],[_C,PC],["aws.partition",PC,bC],[Ps,[{[Jn]:"UseFIPS"},Cs]],[Ps,[{[Jn]:"UseDualStack"},Cs]],[$e,[Le,"aws-global"]],[Ps,[{
[Jn]:"UseGlobalEndpoint"},Cs]],[$e,[Le,"eu-central-1"]],[Ps,[{fn:Lg,argv:[Fg,"supportsDualStack"]},Cs]],[Ps,[{fn:Lg,argv:[Fg,"supportsFIPS"]},Cs]],[$e,[Le,"ap-s\
outh-1"]],[$e,[Le,"eu-north-1"]],[$e,[Le,"eu-west-1"]],[$e,[Le,"eu-west-2"]],[$e,[Le,"eu-west-3"]],[$e,[Le,"sa-east-1"]],[$e,[Le,wC]],[$e,[Le,"us-east-2"]],[$e,
[Le,"us-west-2"]],[$e,[Le,"us-west-1"]],[$e,[Le,"ca-central-1"]],[$e,[Le,"ap-southeast-1"]],[$e,[Le,"ap-northeast-1"]],[$e,[Le,"ap-southeast-2"]],[$e,[{fn:Lg,argv:[
Fg,"name"]},"aws-us-gov"]]],results:[[an],["https://sts.amazonaws.com",{authSchemes:[{name:IC,signingName:TC,signingRegion:wC}]}],[vC,{authSchemes:[{name:IC,signingName:TC,
signingRegion:"{Region}"}]}],[an,"Invalid Configuration: FIPS and custom endpoint are not supported"],[an,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[CC,Kn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[an,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Kn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Kn],[an,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[an,"DualStack is enabled but this partition does not support D\
ualStack"],[vC,Kn],[an,"Invalid Configuration: Missing Region"]]},ZF=2,q=1e8,eU=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),OC=tt.from(eU,ZF,AC.conditions,AC.results)});var tU,xp,Ug=l(()=>{M();K();NC();tU=new rt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),xp=(t,e={})=>tU.get(t,()=>Mt(OC,
{endpointParams:t,logger:e.logger}));Ne.aws=dt});function kC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Mg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $C(t){return{schemeId:"smithy.api#noAuth"}}var rU,oU,DC,nU,iU,LC,FC,Bg=l(()=>{Ie();$g();T();K();Ug();rU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),i=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!i)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let s=await Ba(o,{getEndpointParameterInstructions:i},e);return Object.
assign(n,s)},oU=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),DC=rU(oU);nU=(t,e,r)=>n=>{let s=t(n).properties?.authSchemes;if(!s)return e(n);let a=[];for(let c of s){let{name:p,properties:u={},...d}=c,m=p.toLowerCase();
p!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${p}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=s.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(sn.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...d,...u},a.push(h)}return a},iU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push($C(t)),e.push(Mg(t))):(e.push(kC(t)),e.push(Mg(t))),e},LC=nU(xp,iU,{"aws.auth#sigv4":kC,"aws.auth#sigv4a":Mg,"smithy.api#noA\
uth":$C}),FC=t=>{let e=lr(t),r=Tc(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var UC,MC,Hg=l(()=>{UC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),MC={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var st,Rp=l(()=>{T();st=class t extends Ze{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var As,bs,Os,Ns,Ds,ks,$s,Ls,Gg=l(()=>{Rp();As=class t extends st{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bs=class t extends st{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Os=class t extends st{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ns=class t extends st{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ds=class t extends st{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ks=class t extends st{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$s=class t extends st{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ls=class t extends st{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var sU,aU,cU,pU,lU,uU,zg,dU,mU,fU,gU,jg,hU,BC,yU,EU,SU,xU,RU,_U,wU,IU,TU,vU,CU,PU,HC,GC,zC,jC,AU,bU,OU,NU,DU,kU,VC,$U,LU,qC,FU,WC,UU,MU,BU,Vg,HU,GU,KC,JC,zU,jU,
VU,YC,XC,qU,WU,KU,JU,YU,XU,Eo,So,QU,xo,Ro,_o,ZU,eM,tM,rM,QC,oM,nM,iM,j,ZC,eP,Kr,tP,rP,oP,nP,iP,sP,aP,cP,qg,sM,aM,cM,pM,lM,uM,Wg,pP,lP,uP,dP,Kg,mP,fP,gP,hP,yP,EP,
SP,dM,mM,fM,Jg,Yg,Fs=l(()=>{Q();Gg();Rp();sU="Arn",aU="AccessKeyId",cU="AssumeRole",pU="AssumedRoleId",lU="AssumeRoleRequest",uU="AssumeRoleResponse",zg="Assume\
dRoleUser",dU="AssumeRoleWithWebIdentity",mU="AssumeRoleWithWebIdentityRequest",fU="AssumeRoleWithWebIdentityResponse",gU="Audience",jg="Credentials",hU="Contex\
tAssertion",BC="DurationSeconds",yU="Expiration",EU="ExternalId",SU="ExpiredTokenException",xU="FederatedProviderArn",RU="Issuer",_U="InvalidContextAssertionExc\
eption",wU="IDPCommunicationErrorException",IU="IDPRejectedClaimException",TU="InvalidIdentityTokenException",vU="IdentityProvider",CU="Key",PU="MalformedPolicy\
DocumentException",HC="MinimumSessionTokenSize",GC="OriginIdentity",zC="Policy",jC="PolicyArns",AU="ProviderArn",bU="ProvidedContexts",OU="ProvidedContextsListT\
ype",NU="ProvidedContext",DU="PolicyDescriptorType",kU="ProviderId",VC="PackedPolicySize",$U="PackedPolicyTooLargeException",LU="Provider",qC="RoleArn",FU="Regi\
onDisabledException",WC="RoleSessionName",UU="Subject",MU="SecretAccessKey",BU="SubjectFromWebIdentityToken",Vg="SourceIdentity",HU="SerialNumber",GU="SessionTo\
ken",KC="SessionTokenSize",JC="SessionTokenUtilization",zU="SubjectType",jU="Tags",VU="TokenCode",YC="TransactionContext",XC="TrustedIdentityPropagationContext",
qU="TransitiveTagKeys",WU="Tag",KU="Value",JU="WebIdentityToken",YU="arn",XU="accessKeySecretType",Eo="awsQueryError",So="client",QU="clientTokenType",xo="error",
Ro="httpError",_o="message",ZU="originIdentityIssuerType",eM="originIdentitySubjectType",tM="originIdentitySubjectTypeType",rM="policyDescriptorListType",QC="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",oM="transactionContextIdentityProviderMapType",nM="transactionContextValueType",iM="tagListType",j="com.amazonaws.sts",
ZC=new Z(QC),eP=[-3,QC,"STSServiceException",0,[],[]];ZC.registerError(eP,st);Kr=new Z(j),tP=[-3,j,SU,{[Eo]:["ExpiredTokenException",400],[xo]:So,[Ro]:400},[_o],
[0]];Kr.registerError(tP,As);rP=[-3,j,wU,{[Eo]:["IDPCommunicationError",400],[xo]:So,[Ro]:400},[_o],[0]];Kr.registerError(rP,Ls);oP=[-3,j,IU,{[Eo]:["IDPRejected\
Claim",403],[xo]:So,[Ro]:403},[_o],[0]];Kr.registerError(oP,ks);nP=[-3,j,_U,{[Eo]:["InvalidContextAssertion",400],[xo]:So,[Ro]:400},[_o],[0]];Kr.registerError(nP,
bs);iP=[-3,j,TU,{[Eo]:["InvalidIdentityToken",400],[xo]:So,[Ro]:400},[_o],[0]];Kr.registerError(iP,$s);sP=[-3,j,PU,{[Eo]:["MalformedPolicyDocument",400],[xo]:So,
[Ro]:400},[_o],[0]];Kr.registerError(sP,Os);aP=[-3,j,$U,{[Eo]:["PackedPolicyTooLarge",400],[xo]:So,[Ro]:400},[_o],[0]];Kr.registerError(aP,Ns);cP=[-3,j,FU,{[Eo]:[
"RegionDisabledException",403],[xo]:So,[Ro]:403},[_o],[0]];Kr.registerError(cP,Ds);qg=[ZC,Kr],sM=[0,j,XU,8,0],aM=[0,j,QU,8,0],cM=[0,j,ZU,8,0],pM=[0,j,eM,8,0],lM=
[0,j,tM,8,0],uM=[0,j,nM,8,0],Wg=[3,j,zg,0,[pU,sU],[0,0],2],pP=[3,j,lU,0,[qC,WC,jC,zC,BC,jU,qU,EU,HU,VU,Vg,bU,HC],[0,0,()=>SP,0,1,()=>mM,64,0,0,0,0,()=>dM,1],2],
lP=[3,j,uU,0,[jg,zg,VC,Vg,JC,KC],[[()=>Kg,0],()=>Wg,1,0,1,1]],uP=[3,j,mU,0,[qC,WC,JU,kU,jC,zC,BC,HC],[0,0,[()=>aM,0],0,()=>SP,0,1,1],3],dP=[3,j,fU,0,[jg,BU,zg,VC,
LU,gU,Vg,JC,KC,XC],[[()=>Kg,0],0,()=>Wg,1,0,0,0,1,1,[()=>EP,0]]],Kg=[3,j,jg,0,[aU,MU,GU,yU],[0,[()=>sM,0],0,4],4],mP=[3,j,GC,0,[UU,zU,RU,xU],[[()=>pM,0],[()=>lM,
0],[()=>cM,0],0]],fP=[3,j,DU,0,[YU],[0]],gP=[3,j,NU,0,[AU,hU],[0,0]],hP=[3,j,WU,0,[CU,KU],[0,0],2],yP=[3,j,YC,0,[vU],[[()=>fM,0]]],EP=[3,j,XC,8,[GC,YC],[[()=>mP,
0],[()=>yP,0]]],SP=[1,j,rM,0,()=>fP],dM=[1,j,OU,0,()=>gP],mM=[1,j,iM,0,()=>hP],fM=[2,j,oM,0,[0,0],[()=>uM,0]],Jg=[9,j,cU,0,()=>pP,()=>lP],Yg=[9,j,dU,0,()=>uP,()=>dP]});var xP,RP=l(()=>{Ie();tn();$g();nt();rn();T();U();$();Bg();Ug();Fs();xP=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??xp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
LC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new ot}],logger:t?.logger??new we,protocol:t?.protocol??as,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:qg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ft,signerConstructor:t?.signerConstructor??sn,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,
utf8Encoder:t?.utf8Encoder??ee})});var _P,wP=l(()=>{ss();M();Ie();nt();T();k();ut();$();fo();RP();_P=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=xP(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4")||(async s=>await t.credentialDefaultProvider(s?.__config||
{})()),signer:new Ee},{schemeId:"aws.auth#sigv4a",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:i=>i.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new ot}],maxAttempts:t?.maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...et,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??w(
vc,n),streamCollector:t?.streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var IP,TP,vP=l(()=>{IP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},TP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var CP,PP=l(()=>{M();T();U();vP();CP=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),IP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
TP(r))}});var wo,_p=l(()=>{M();nt();T();k();K();U();ut();Q();Bg();Hg();wP();PP();wo=class extends Te{config;constructor(...[e]){let r=_P(e||{});super(r),this.initConfig=r;
let o=UC(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=FC(c),u=CP(p,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:DC,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var wp,Ip,Tp,Xg=l(()=>{T();K();Hg();wp=Lt(MC,"AWSSecurityTokenServiceV20110615","STSClient",cr),Ip={},Tp=(t,e,r,o)=>[]});var cn,vp=l(()=>{Xg();Fs();cn=class extends wp(Ip,Tp,"AssumeRole",Jg){}});var pn,Cp=l(()=>{Xg();Fs();pn=class extends wp(Ip,Tp,"AssumeRoleWithWebIdentity",Yg){}});var gM,Pp,AP=l(()=>{T();vp();Cp();_p();gM={AssumeRoleCommand:cn,AssumeRoleWithWebIdentityCommand:pn},Pp=class extends wo{};zr(gM,Pp)});var bP=l(()=>{vp();Cp()});var OP=l(()=>{});var NP,DP,kP,$P,LP,FP=l(()=>{M();vp();Cp();NP=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},DP=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,i=typeof e=="function"?await e():e,s="",a=n??i??(s=await wf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${i} (contextual client)`,`${s} (STS default: AWS_REGION, profile region, or us-east-1)`),a},kP=
(t,e)=>{let r,o;return async(n,i)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await DP(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!LP(f);r=new e({...t,userAgentAppId:h,profile:d,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:S?f:void 0,logger:u})}
let{Credentials:s,AssumedRoleUser:a}=await r.send(new cn(i));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${i.RoleArn}`);let c=NP(a),p={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.SessionToken,expiration:s.Expiration,...s.CredentialScope&&
{credentialScope:s.CredentialScope},...c&&{accountId:c}};return B(p,"CREDENTIALS_STS_ASSUME_ROLE","i"),p}},$P=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:p=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await DP(u,t?.parentClientConfig?.region,m,{logger:c,profile:p}),h=!LP(d);r=new e({...t,userAgentAppId:f,profile:p,region:g,
requestHandler:h?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:i}=await r.send(new pn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let s=NP(i),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...s&&{accountId:s}};return s&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},LP=t=>t?.metadata?.handlerProtocol==="h2"});var UP,MP,BP,hM,HP=l(()=>{FP();_p();UP=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,MP=(t={},e)=>kP(t,UP(wo,e)),
BP=(t={},e)=>$P(t,UP(wo,e)),hM=t=>e=>t({roleAssumer:MP(e),roleAssumerWithWebIdentity:BP(e),...e})});var Qg={};nr(Qg,{$Command:()=>sr,AssumeRole$:()=>Jg,AssumeRoleCommand:()=>cn,AssumeRoleRequest$:()=>pP,AssumeRoleResponse$:()=>lP,AssumeRoleWithWebIdentity$:()=>Yg,
AssumeRoleWithWebIdentityCommand:()=>pn,AssumeRoleWithWebIdentityRequest$:()=>uP,AssumeRoleWithWebIdentityResponse$:()=>dP,AssumedRoleUser$:()=>Wg,Credentials$:()=>Kg,
ExpiredTokenException:()=>As,ExpiredTokenException$:()=>tP,IDPCommunicationErrorException:()=>Ls,IDPCommunicationErrorException$:()=>rP,IDPRejectedClaimException:()=>ks,
IDPRejectedClaimException$:()=>oP,InvalidContextAssertionException:()=>bs,InvalidContextAssertionException$:()=>nP,InvalidIdentityTokenException:()=>$s,InvalidIdentityTokenException$:()=>iP,
MalformedPolicyDocumentException:()=>Os,MalformedPolicyDocumentException$:()=>sP,OriginIdentity$:()=>mP,PackedPolicyTooLargeException:()=>Ns,PackedPolicyTooLargeException$:()=>aP,
PolicyDescriptorType$:()=>fP,ProvidedContext$:()=>gP,RegionDisabledException:()=>Ds,RegionDisabledException$:()=>cP,STS:()=>Pp,STSClient:()=>wo,STSServiceException:()=>st,
STSServiceException$:()=>eP,Tag$:()=>hP,TransactionContext$:()=>yP,TrustedIdentityPropagationContext$:()=>EP,__Client:()=>Te,decorateDefaultCredentialProvider:()=>hM,
errorTypeRegistries:()=>qg,getDefaultRoleAssumer:()=>MP,getDefaultRoleAssumerWithWebIdentity:()=>BP});var Zg=l(()=>{_p();AP();bP();T();Fs();Gg();OP();HP();Rp()});var zP,yM,EM,jP,GP,VP=l(()=>{M();k();gC();zP=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(yM(t,{
profile:e,logger:r})||EM(t,{profile:e,logger:r})),yM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},EM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},jP=async(t,e,r,o,n={},i)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let s=e[t],{source_profile:a,region:c}=s;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Zg(),Qg));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Qe(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let p=a?i(a,e,r,o,{...n,[a]:!0},GP(e[a]??{})):(await fC(s.credential_source,t,r.logger)(r))();if(GP(s))return p.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:s.role_arn,RoleSessionName:s.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:s.external_id,DurationSeconds:parseInt(s.duration_seconds||
"3600",10)},{mfa_serial:d}=s;if(d){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await p;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},GP=t=>!t.role_arn&&!!t.credential_source});function SM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function xM(t){return{schemeId:"smithy.api#noAuth"}}var qP,WP,KP,eh=l(()=>{Ie();T();qP=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});WP=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(xM(t)):e.push(SM(
t)),e},KP=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var JP,YP,th=l(()=>{JP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),YP=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var vo,Io,XP,Yn,QP,Xn,ZP,oh,Jr,rh,eA,tA,To,iA,rA,Ap,qe,oA,nA,RM,H,_M,sA,aA=l(()=>{K();vo="ref",Io=-1,XP=!1,Yn=!0,QP="isSet",Xn="booleanEquals",ZP="coalesce",oh=
"PartitionResult",Jr="stringEquals",rh="getAttr",eA="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",tA={[vo]:"Endpoint"},To={fn:rh,argv:[{[vo]:oh},
"name"]},iA={[vo]:"Region"},rA={[vo]:oh},Ap={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},oA=[iA],nA={conditions:[[QP,oA],[
Xn,[{fn:ZP,argv:[{[vo]:"IsControlPlane"},XP]},Yn]],[QP,[tA]],["aws.partition",oA,oh],[Xn,[{[vo]:"UseFIPS"},Yn]],[Jr,[To,"aws"]],[Xn,[{fn:ZP,argv:[{[vo]:"IsOAuth\
Endpoint"},XP]},Yn]],[Xn,[{[vo]:"UseDualStack"},Yn]],[Jr,[To,"aws-cn"]],[Jr,[iA,"us-gov-west-1"]],[Jr,[To,"aws-us-gov"]],[Xn,[{fn:rh,argv:[rA,"supportsFIPS"]},Yn]],
[Jr,[To,"aws-iso"]],[Jr,[To,"aws-iso-b"]],[Jr,[To,"aws-iso-f"]],[Jr,[To,"aws-iso-e"]],[Jr,[To,"aws-eusc"]],[Xn,[{fn:rh,argv:[rA,"supportsDualStack"]},Yn]]],results:[
[Io],["https://signin.{Region}.api.aws",Ap],["https://signin.{Region}.api.amazonwebservices.com.cn",Ap],[eA,Ap],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Ap],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[tA,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"FIPS is enabled but this partition does not support FIPS"],[eA,qe],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"Invalid Configuration: Missing Region"]]},RM=2,
H=1e8,_M=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),sA=tt.from(_M,RM,nA.conditions,nA.results)});var wM,cA,pA=l(()=>{M();K();aA();wM=new rt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),cA=(t,e={})=>wM.get(
t,()=>Mt(sA,{endpointParams:t,logger:e.logger}));Ne.aws=dt});var Ir,bp=l(()=>{T();Ir=class t extends Ze{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Us,Ms,Bs,Hs,nh=l(()=>{bp();Us=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ms=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Bs=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Hs=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var IM,TM,vM,CM,PM,AM,bM,OM,NM,DM,kM,$M,LM,FM,UM,lA,ih,MM,ph,uA,dA,BM,Co,sh,HM,ah,GM,yA,lh,mA,Fe,Np,zM,Op,fA,EA,gA,hA,jM,VM,qM,ch,WM,We,SA,xA,Gs,RA,_A,wA,IA,uh,
KM,TA,vA,CA,PA,AA,bA,OA,NA,dh,mh,zs=l(()=>{Q();nh();bp();IM="AccessDeniedException",TM="AccessToken",vM="CreateOAuth2Token",CM="CreateOAuth2TokenRequest",PM="Cr\
eateOAuth2TokenRequestBody",AM="CreateOAuth2TokenResponseBody",bM="CreateOAuth2TokenResponse",OM="CreateOAuth2TokenWithIAM",NM="CreateOAuth2TokenWithIAMRequest",
DM="CreateOAuth2TokenWithIAMResponse",kM="InternalServerException",$M="OAuthAccessToken",LM="RefreshToken",FM="TooManyRequestsError",UM="ValidationException",lA=
"accessKeyId",ih="accessToken",MM="access_token",ph="client",uA="clientId",dA="codeVerifier",BM="code",Co="error",sh="expiresIn",HM="expires_in",ah="grantType",
GM="grant_type",yA="http",lh="httpError",mA="idToken",Fe="jsonName",Np="message",zM="resource",Op="refreshToken",fA="redirectUri",EA="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",gA="secretAccessKey",hA="sessionToken",jM="server",VM="tokenInput",qM="tokenOutput",ch="tokenType",WM="token_type",We="com.amazonaws.signin",
SA=new Z(EA),xA=[-3,EA,"SigninServiceException",0,[],[]];SA.registerError(xA,Ir);Gs=new Z(We),RA=[-3,We,IM,{[Co]:ph},[Co,Np],[0,0],2];Gs.registerError(RA,Us);_A=
[-3,We,kM,{[Co]:jM,[lh]:500},[Co,Np],[0,0],2];Gs.registerError(_A,Ms);wA=[-3,We,FM,{[Co]:ph,[lh]:429},[Co,Np],[0,0],2];Gs.registerError(wA,Bs);IA=[-3,We,UM,{[Co]:ph,
[lh]:400},[Co,Np],[0,0],2];Gs.registerError(IA,Hs);uh=[SA,Gs],KM=[0,We,$M,8,0],TA=[0,We,LM,8,0],vA=[3,We,TM,8,[lA,gA,hA],[[0,{[Fe]:lA}],[0,{[Fe]:gA}],[0,{[Fe]:hA}]],
3],CA=[3,We,CM,0,[VM],[[()=>PA,16]],1],PA=[3,We,PM,0,[uA,ah,BM,fA,dA,Op],[[0,{[Fe]:uA}],[0,{[Fe]:ah}],0,[0,{[Fe]:fA}],[0,{[Fe]:dA}],[()=>TA,{[Fe]:Op}]],2],AA=[3,
We,bM,0,[qM],[[()=>bA,16]],1],bA=[3,We,AM,0,[ih,ch,sh,Op,mA],[[()=>vA,{[Fe]:ih}],[0,{[Fe]:ch}],[1,{[Fe]:sh}],[()=>TA,{[Fe]:Op}],[0,{[Fe]:mA}]],4],OA=[3,We,NM,0,
[ah,zM],[[0,{[Fe]:GM}],0],2],NA=[3,We,DM,0,[ih,ch,sh],[[()=>KM,{[Fe]:MM}],[0,{[Fe]:WM}],[1,{[Fe]:HM}]],3],dh=[9,We,vM,{[yA]:["POST","/v1/token",200]},()=>CA,()=>AA],
mh=[9,We,OM,{[yA]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>OA,()=>NA]});var DA,kA=l(()=>{Ie();tn();nt();rn();T();U();$();eh();pA();zs();DA=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??cA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
WP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new ot}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:uh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var $A,LA=l(()=>{ss();M();Ie();T();k();ut();$();fo();kA();$A=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=DA(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...et,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var FA,UA,MA=l(()=>{FA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},UA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var BA,HA=l(()=>{M();T();U();MA();BA=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),FA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
UA(r))}});var js,fh=l(()=>{M();nt();T();k();K();U();ut();Q();eh();th();LA();HA();js=class extends Te{config;constructor(...[e]){let r=$A(e||{});super(r),this.initConfig=r;
let o=JP(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=KP(c),u=BA(p,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:qP,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var Dp,GA,zA,kp,gh=l(()=>{T();K();th();Dp=Lt(YP,"Signin","SigninClient",cr),GA={IsControlPlane:{type:"staticContextParams",value:!1}},zA={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},kp=(t,e,r,o)=>[]});var Vs,hh=l(()=>{gh();zs();Vs=class extends Dp(GA,kp,"CreateOAuth2Token",dh){}});var qs,yh=l(()=>{gh();zs();qs=class extends Dp(zA,kp,"CreateOAuth2TokenWithIAM",mh){}});var JM,$p,jA=l(()=>{T();hh();yh();fh();JM={CreateOAuth2TokenCommand:Vs,CreateOAuth2TokenWithIAMCommand:qs},$p=class extends js{};zr(JM,$p)});var VA=l(()=>{hh();yh()});var YM,qA=l(()=>{YM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var WA=l(()=>{});var KA={};nr(KA,{$Command:()=>sr,AccessDeniedException:()=>Us,AccessDeniedException$:()=>RA,AccessToken$:()=>vA,CreateOAuth2Token$:()=>dh,CreateOAuth2TokenCommand:()=>Vs,
CreateOAuth2TokenRequest$:()=>CA,CreateOAuth2TokenRequestBody$:()=>PA,CreateOAuth2TokenResponse$:()=>AA,CreateOAuth2TokenResponseBody$:()=>bA,CreateOAuth2TokenWithIAM$:()=>mh,
CreateOAuth2TokenWithIAMCommand:()=>qs,CreateOAuth2TokenWithIAMRequest$:()=>OA,CreateOAuth2TokenWithIAMResponse$:()=>NA,InternalServerException:()=>Ms,InternalServerException$:()=>_A,
OAuth2ErrorCode:()=>YM,Signin:()=>$p,SigninClient:()=>js,SigninServiceException:()=>Ir,SigninServiceException$:()=>xA,TooManyRequestsError:()=>Bs,TooManyRequestsError$:()=>wA,
ValidationException:()=>Hs,ValidationException$:()=>IA,__Client:()=>Te,errorTypeRegistries:()=>uh});var JA=l(()=>{fh();jA();VA();T();zs();qA();nh();WA();bp()});var Po,Lp,YA,Ws,Fp,XA=l(()=>{k();U();Po=require("node:crypto"),Lp=require("node:fs"),YA=require("node:os"),Ws=require("node:path"),Fp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),i=new Date(
e.accessToken.expiresAt).getTime(),s=n<=o&&i>o?e:r;if(new Date(s.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(s.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:p}=await Promise.resolve().then(()=>(JA(),KA)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof s.signInRegion=="string"&&s.signInRegion.
length>0?s.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
let S={tokenInput:{clientId:s.clientId,refreshToken:s.refreshToken,grantType:"refresh_token"}};try{let x=await y.send(new p(S)),{accessKeyId:C,secretAccessKey:A,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:X,expiresIn:Ae}=x.tokenOutput??{};if(!C||!A||!L||!X)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let or=(Ae??900)*1e3,Tr=new Date(Date.now()+or),le={...s,accessToken:{...s.accessToken,accessKeyId:C,secretAccessKey:A,
sessionToken:L,expiresAt:Tr.toISOString()},refreshToken:X};return await this.saveToken(le),this.toCredentials(le.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let A=x.error,L;switch(A){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(s.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(s.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Lp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(i=>!o[i]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Ws.dirname)(r);try{await Lp.promises.mkdir(o,{recursive:!0})}catch{}
await Lp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Ws.join)((0,YA.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Po.createHash)("sha256").update(r).digest("hex");return(0,Ws.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let i=e[r++],s=e.subarray(r,r+i);n=n[0]===0?n.subarray(1):n,s=s[0]===0?s.subarray(1):s;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-s.length),s]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let n=o.request,i=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,s=await this.generateDpop(n.method,i);n.headers={...n.headers,DPoP:s}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Po.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),s=(0,Po.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<s.length;x++)if(s[x]===4){a=x;break}let c=s.slice(a+1,a+33),p=s.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:p.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,h=(0,Po.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(h).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var QA,ZA=l(()=>{M();k();XA();QA=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Qe({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let s=await new Fp(n,t,e).loadCredentials();return B(s,"CREDENTIALS_LOGIN","AD")}});var eb={};nr(eb,{fromLoginCredentials:()=>QA});var tb=l(()=>{ZA()});var rb,ob,nb=l(()=>{M();rb=t=>!!(t&&t.login_session),ob=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(tb(),eb)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var ib,sb=l(()=>{M();ib=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let i=new Date;if(new Date(e.Expiration)<i)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var ab,cb,pb,lb=l(()=>{k();ab=require("node:child_process"),cb=require("node:util");sb();pb=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let i=(0,cb.promisify)(Fi?.getTokenRecord?.().exec??ab.exec);try{let{stdout:s}=await i(n),a;try{a=JSON.parse(s.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return ib(t,a,e)}catch(s){throw new R(s.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var ub,db=l(()=>{k();lb();ub=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return pb(Qe({profile:t.profile??e?.profile}),r,t.logger)}});var Eh={};nr(Eh,{fromProcess:()=>ub});var Sh=l(()=>{db()});var mb,fb,gb=l(()=>{M();mb=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",fb=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),Eh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var hb,yb,Eb=l(()=>{M();hb=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Ng(),Og));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(i=>e.sso_session?B(i,"CREDENTIALS_PROFILE_SSO","r"):B(i,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},yb=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var xh,Rh,Sb=l(()=>{M();xh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Rh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Qn,_h=l(()=>{Qn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:i,policyArns:s,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:p}=t;if(!p){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Zg(),Qg));
p=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return p({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:i,PolicyArns:s,Policy:a,DurationSeconds:c})}});var Rb,xb,XM,QM,_b,wb=l(()=>{M();k();Rb=require("node:fs");_h();xb="AWS_WEB_IDENTITY_TOKEN_FILE",XM="AWS_ROLE_ARN",QM="AWS_ROLE_SESSION_NAME",_b=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[xb],o=t?.roleArn??process.env[XM],n=t?.roleSessionName??
process.env[QM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let i=await Qn({...t,webIdentityToken:Fi?.getTokenRecord?.()[r]??
(0,Rb.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[xb]&&B(i,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),i}});var wh={};nr(wh,{fromTokenFile:()=>_b,fromWebToken:()=>Qn});var Up=l(()=>{wb();_h()});var Ib,Tb,vb=l(()=>{M();Ib=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,Tb=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Up(),wh)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ih,Cb=l(()=>{k();VP();nb();gb();Eb();Sb();vb();Ih=async(t,e,r,o,n={},i=!1)=>{let s=e[t];if(Object.keys(n).length>0&&xh(s))return Rh(s,r);if(i||zP(s,{profile:t,
logger:r.logger}))return jP(t,e,r,o,n,Ih);if(xh(s))return Rh(s,r);if(Ib(s))return Tb(s,r,o);if(mb(s))return fb(r,t);if(yb(s))return await hb(t,s,r,o);if(rb(s))return ob(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var Pb,Ab=l(()=>{k();Cb();Pb=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return Ih(
Qe({profile:t.profile??e?.profile}),r,t,e)}});var bb={};nr(bb,{fromIni:()=>Pb});var Ob=l(()=>{Ab()});var SD=require("node:fs");var _=class extends Error{constructor(r,o,n){super(`${r}: ${yi(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},_t=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},xe=class extends _t{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends _t{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},G=class extends _t{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Lr=class extends _t{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},hi=class extends _t{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends _t{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},aa=class extends _t{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},Me=class extends _t{constructor(e,r){
super(e,r),this.name="DockerError"}},ok=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function yi(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(ok,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function yn(t){return t instanceof _?{message:t.message,exitCode:2}:t instanceof _t?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var uy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,dy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function ko(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function my(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,ko(t,e)]))}var By=require("node:child_process"),Hy=require("node:fs");var wy=require("node:fs");var gy=require("node:crypto");var fy=128,nk=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
ik=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function id(t){let e=ik.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function hy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?id(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function yy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function sk(t){let e=nk.exec(t);if(!e)return;let[,r,o,n,i,s]=e,a=t.replace(/^v/,"");if(i!==void 0||s!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Ey(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,gy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=fy?e:`${e.slice(0,fy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function Sy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=sk(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Ey(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function xy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var sd=5,ca=t=>t.length<=sd;function Ry(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let i=o===`pr-${e.pullRequest}`||e.branch!==void 0&&
o===Ey(e.branch)?"branch-tag":"semver-tags";throw new _(i,o,`${n} (derived from the git ref)`)}}var En=require("node:fs");var oe=(t,e)=>r=>t.test(r)?void 0:e;function Sn(t,e,r){if(r)throw new _(t,e,r)}var se=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&Sn(o,n,t(n)),
n}}),ct={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new _(e,t,"is not a boolean: use true or false")}},
pa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new _(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Ur=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new _(r,e,`is not one of ${t.join(", ")}`);
return o}}),$o=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let i=o.split(e?/[\n,]/:/\n/).map(s=>s.replace(/\r$/,"").trim()).filter(s=>s!=="");for(let s of i)
Sn(n,s,t(s));if(i.length>r)throw new _(n,o,`lists more than ${r} entries`);return[...new Set(i)]}}),xn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Lo(t,e){
if(!(0,En.existsSync)(e)||!(0,En.statSync)(e).isFile())throw new _(t,e,"is not a readable file")}function ad(t,e){Lo(t,e);try{JSON.parse((0,En.readFileSync)(e,"\
utf8"))}catch{throw new _(t,e,"does not contain valid JSON")}}function la(t){return[...new Set((t??"").split(",").map(e=>e.trim()).filter(Boolean))]}var ak=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,ck=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,pk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,lk=/^[\w+=,.@-]{2,64}$/,
uk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,dk=/^[0-9a-f]{40}$/,mk=/^\d{12}$/,fk=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&ak.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:oe(pk,"is not \
an AWS region name like `eu-west-1`"),tag:oe(ck,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:oe(dk,"is not a full commit SHA (40 h\
ex characters)"),sessionName:oe(lk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:oe(mk,"is not an AWS account id (12 digits)"),
audience:oe(fk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},Iy=t=>t.split(",").every(e=>uk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",_y=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,cd="public.ecr.aws/",Ty={type:"list",parse:(t,e)=>$o(oe(_y,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=_y.exec(r);return n?{id:o,region:n}:{id:o}})},ua=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&Lo(r,o);let n=o!==void 0?(0,wy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new _(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),vy={type:"string",parse:(t,e)=>{let r=id(t);if(!r)throw new _(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},pd=t=>t.startsWith(cd),Cy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(cd.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Mr(t){return pd(t)?t.slice(cd.length).split("/").slice(1).join("/"):t}var Py="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Ay="[A-Za-z0-9.\
_-]{1,100}",gk=new RegExp(`^${Py}/${Ay}$`),hk=new RegExp(`^${Py}@\\d{1,20}/${Ay}@\\d{1,20}$`),by=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Oy=/^[^\x00-\x1f\x7f:]{1,255}$/,
ld=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Ny=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Dy=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
ky=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,yk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,$y=t=>gk.test(t)||hk.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Ly=oe(by,"is not a git branch name"),Fy=oe(by,"is not a git tag name"),
Uy=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",My={type:"st\
ring",parse:(t,e)=>(Sn(e,t,yk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},ud={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function Ek(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Rn(t,e=process.env,r="deliver"){let o=Ek(e),n=r==="logi\
n"?"":wk(t,e);return{ci:o,region:md(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??Ik(e),sourceUrl:Tk(e),release:r==="login"?{tags:[]}:Sk(t,e,o,n)}}function Sk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??xk(r,e,o),i=Sy(n,t);return Ry(i,n,Be.tag),i}function xk(t,e,r){if(t==="github")return hy(e,Gy(e));
if(t==="circleci")return yy(e);let o=dd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=dd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function dd(t){try{return(0,By.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Gy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Hy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function md(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new _("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new _("aws-region",r,o);return r}function Qr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function Rk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Gy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var _k=()=>dd(["rev-parse","HEAD"]);function wk(t,e){let r=(t.commitSha??Rk(e)??e.CIRCLE_SHA1??_k())?.
toLowerCase();if(!r)throw new _("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new _(
"commit-sha",r,o);return r}function Ik(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function Tk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),ma=require("node:os"),Zr=require("node:path"),vk=["auths","credHelpers","credsStore","currentContext","proxies"],Ck=["buildx","cli-plu\
gins","contexts"];function fd(t){return t.DOCKER_CONFIG||(0,Zr.join)(t.HOME||(0,ma.homedir)(),".docker")}var da=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,Zr.join)((0,ma.tmpdir)(),"ecr-deliver-docker-"))),
o=fd(e);(0,ir.writeFileSync)((0,Zr.join)(r.dir,"config.json"),JSON.stringify(Pk((0,Zr.join)(o,"config.json")),null,2),{mode:384});for(let n of Ck)(0,ir.existsSync)(
(0,Zr.join)(o,n))&&(0,ir.symlinkSync)((0,Zr.join)(o,n),(0,Zr.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Pk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(vk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Ak(r,e.credsStore):r}function Ak(t,e){let{credsStore:r,...o}=t,n=t.auths??{},i={};for(let[
s,a]of Object.entries(n))a?.auth||(i[s]=e);return{...o,credHelpers:{...i,...t.credHelpers}}}var bk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function _n(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!bk.some(n=>n.test(o))));return e?{...r,...Ok(t),DOCKER_CONFIG:e}:r}function Ok(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:fd(t)}}var Nk=3e3,eo=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new aa(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Lr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(Nk)??Promise.resolve()).then(()=>this.fail(e))}};function to(t,e,r){return t?t.watch(e,r):r()}var wn=require("node:fs"),aE=require("node:os"),Ed=require("node:path");var Fo=require("node:fs");var Dk=/^[A-Za-z0-9_.-]{1,128}$/,kk=/^[A-Za-z_][A-Za-z0-9_]*$/,$k=/^[A-Za-z_][A-Za-z0-9_]*=/,Lk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
Fk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,Ei=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),zy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function gd(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Dk.test(o))throw new _(t,zy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new _(t,zy(e),"repeats a s\
ecret id");return r?.add(o),o}var jy={type:"list",parse:(t,e)=>{let r=new Set;return Ei(t).map(o=>{let n=gd(e,o,r),i=o.slice(n.length+1),s=/^env:(.*)$/.exec(i)?.[1];
if(s!==void 0&&!kk.test(s))throw new _(e,`${n}=env:${s}`,"names no valid environment variable");if(s===void 0&&i==="")throw new _(e,`${n}=`,"has an empty value");
return s!==void 0?{id:n,env:s}:{id:n,value:i}})}},Vy={type:"list",parse:(t,e)=>{let r=new Set;return Ei(t).map(o=>{let n=gd(e,o,r),i=o.slice(n.length+1);if(!(0,Fo.existsSync)(
i)||!(0,Fo.statSync)(i).isFile())throw new _(e,`${n}=${i}`,"does not name a readable file");return{id:n,path:i}})}},qy={type:"list",parse:(t,e)=>Ei(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new _(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=gd(e,r),n=r.slice(o.length+1);if(!(0,Fo.existsSync)(n))throw new _(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Wy={type:"list",parse:(t,e)=>{let r=Ei(t);for(let o of r){let n=o.split("=")[0];if(!$k.
test(o))throw new _(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(Lk.test(n))throw new _(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function Si(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var fa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Ky(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new _("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new _("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new _("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Jy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Fo.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...Ei(n).filter(i=>i.length>=4))}return[
...new Set(r.filter(Boolean))]}function Yy(t){let e=[],r={};t.inline.forEach((o,n)=>{let i=o.env??Fk(n);o.value!==void 0&&(r[i]=o.value),e.push("--secret",`id=${o.
id},env=${i}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Xy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function xi(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Qy(t,e,r={}){
let o=xi(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new xe(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[i,s]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(i)return"buildx";if(r.
buildx)throw new xe(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(s)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new xe(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new xe(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function Zy(t){let e=o=>new RegExp(`^${o}:\\s*(\\S+)`,"m").exec(t)?.[1],r={name:e("Name"),driver:e("Driver")};return r.
driver==="docker"&&/^Labels:/m.test(t)&&(r.containerdStore=/^\s*org\.mobyproject\.buildkit\.worker\.snapshotter:/m.test(t)),r}function eE(t){try{return(JSON.parse(
t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function tE(t){return t?.driver==="docker"&&t.containerdStore?
["--output","type=image,push="]:["--push"]}function rE(t){if(t.driver)return t.driver!=="docker"?!0:t.containerdStore}var Uk='turn on the containerd image store\
 ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), o\
r build one platform per job';function hd(t,e){return new xe(`platform ${t} needs a builder that builds several platforms: ${e}`,Uk)}var Ri=(t,e)=>`${t}-${e.replace(/\//g,"-")}`;function ga(t){let[e,r,o]=t.split("/");return o?{os:e,architecture:r,variant:o}:{os:e,architecture:r}}function _i(t){
let e=t.variant??"";return(t.architecture==="arm64"&&e==="v8"||t.architecture==="amd64"&&e==="v1")&&(e=""),t.architecture==="arm"&&!e&&(e="v7"),[t.os,t.architecture,
e].filter(Boolean).join("/")}var yd=t=>[t.os??"?",t.architecture??"?",t.variant].filter(Boolean).join("/");function oE(t,e){let r=t.endsWith("/arm")?/^armv(\d)/.
exec(e)?.[1]:void 0;return r?`${t}/v${r}`:t}var nE=3,Mk=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
iE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,sE=t=>t.startsWith(
"-")?`./${t}`:t;function cE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance?r.buildx="provenance":t.builder&&(r.buildx=`builder ${t.
builder}`),r.buildkit=fa(e),r}function Bk({name:t,setup:e}){return t?e?.driver==="docker"?["--context",t,"buildx","build"]:["buildx","build","--builder",t]:["bu\
ildx","build"]}function Hk(t,e,r={}){let o=e==="buildx",n=o?Bk(r):["build"],i=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",sE(t.dockerfile)),e===
"classic"&&n.push("--force-rm");for(let s of t.tags)n.push("--tag",s);for(let[s,a]of Object.entries(t.labels))n.push("--label",`${s}=${a}`);for(let s of t.buildArgs){
let a=s.indexOf("=");i[s.slice(0,a)]=s.slice(a+1),n.push("--build-arg",s.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.
platform),e!=="classic"){let s=Yy(t.secrets);n.push(...s.argv),Object.assign(i,s.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push(
"--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?
"mode=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(...t.pushFromBuilder?tE(r.setup):["--load"]),r.metadataFile&&n.push("--metadata-file",r.metadataFile)),
n.push(sE(t.context)),{argv:n,env:i}}function Gk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var wi=1e4,ro=class{constructor(e,r,o,n=process.env,i){this.
runner=e;this.reporter=r;this.deadline=o;this.env=n;this.builderName=i}runner;reporter;deadline;env;builderName;run(e,r,o){let n=r.indexOf("buildx");return to(this.
deadline,`docker ${n>=0?`buildx ${r[n+1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run(
"docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:wi})}catch{throw new xe("docker is not installed: no `docker` command on PATH","use a\
 runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new xe(`the docker daemon did\
 not answer within ${wi/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.
code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new xe(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=this.choose(e),this.chosen}async choose(e){this.hasBuildx().then(s=>s&&xi(this.env)!==!1?this.inspectBuildx():void 0).catch(
()=>{});let o=await Qy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e),n=o==="buildx"?await this.inspectBuildx():void 0,
i=n?.name?`: builder ${n.name}, ${n.driver??"unknown"} driver`:"";return this.reporter.info(`Builder: ${Xy[o]}${i}`),o}inspected;async buildxSetup(){return await this.
builder()==="buildx"?this.inspectBuildx():void 0}inspectBuildx(){return this.inspected??=(async()=>{let e=this.builderName,r=await this.probe(["buildx","inspect",
...e?[e]:[]]);if(r?.code!==0){if(!e)return;throw new xe(`builder ${e}: buildx has no such builder (${r?wt(r):"docker buildx inspect did not run"})`,"name one th\
at `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder")}
let o=Zy(r.stdout);if(o.driver==="docker"&&o.containerdStore===void 0&&!e){let n=await this.probe(["info","--format","{{json .DriverStatus}}"]);o.containerdStore=
n?.code===0?eE(n.stdout):void 0}return o})(),this.inspected}probe(e){return this.run("docker",e,{silent:!0,timeoutMs:wi}).then(r=>r.timedOut?void 0:r,()=>{})}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new Me(`docker login to ${e.host} failed: ${wt(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,wn.mkdtempSync)((0,Ed.join)((0,aE.tmpdir)(),"ecr-deliver-")):void 0,
n=o?(0,Ed.join)(o,"metadata.json"):void 0;try{let i={name:this.builderName,setup:await this.buildxSetup(),metadataFile:n},s=await this.runBuild(e,r,i);if(s.code!==
0&&e.signal?.aborted)throw new Me("the build was stopped");if(s.code!==0&&e.cache&&Vk.test(wt(s))&&(this.reporter.warning(`the build failed on the layer cache (${wt(
s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,i)),s.code!==0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))
throw hd(e.platform,wt(s).replace(/^ERROR: /,""));if(s.code!==0)throw new Me(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${wt(s)}`);
return!n||!e.pushFromBuilder?{}:{pushedDigest:JSON.parse((0,wn.readFileSync)(n,"utf8"))["containerimage.digest"]}}finally{o&&(0,wn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){
let{argv:n,env:i}=Hk(e,r,o);return this.run("docker",n,{output:this.reporter.output,env:i,signal:e.signal})}async pullCache(e){let r=await this.run("docker",["p\
ull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer cache: docker pull ${e} failed (${wt(r)}); building without \
it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new Me(`docker tag ${e} ${r} failed:\
 ${wt(o)}`)}async untag(e){await this.run("docker",["rmi","--no-prune",e],{silent:!0,timeoutMs:wi})}async push(e,r){let o=!1;for(let n=1;;n++){let i=await this.
run("docker",["push",e],{output:this.reporter.output}),s=`${i.stdout}
${i.stderr}`;if(i.code===0){let a=Gk(s);if(!a)throw new Me(`docker push ${e} printed no digest`);return a}if(iE.test(s)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${wt(i)}); logging in again`),await r();continue}if(iE.test(s))throw new Me(`docker push ${e} was refused after a fresh login: ${wt(
i)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Mk.test(
s)||n>=nE)throw new Me(`docker push ${e} failed after ${n} attempt(s): ${wt(i)}`);this.reporter.warning(`docker push failed (${wt(i)}); retrying (${n}/${nE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async serverPlatform(){let e=async o=>{let n=await this.run("docker",o,{silent:!0,timeoutMs:wi});if(n.code!==0)
throw new Me(`docker ${o[0]} failed: ${wt(n)}`);return n.stdout.trim()},r=await e(["version","--format","{{.Server.Os}}/{{.Server.Arch}}"]);return oE(r,r.endsWith(
"/arm")?await e(["info","--format","{{.Architecture}}"]):"")}async checkPlatforms(e){if(!e?.includes(","))return;let r=await this.buildxSetup();if(r&&rE(r)===!1)
throw hd(e,`buildx's builder ${r.name??"(current)"} uses the docker driver, and the daemon the classic image store`)}},zk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/,
jk=/^(failed to solve\b|error\b|Error response from daemon:)/i,Vk=/(import|export)(ing)? (to |from )?(the )?cache|cache (import|export)|inline cache|cache-(from|to)/i;
function wt(t){let e=n=>n.split(`
`).map(i=>i.trim()).filter(i=>i&&!zk.test(i)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.filter(n=>jk.test(n)).pop()??o.pop()??
[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.test(n))??r.pop()??`exit ${t.code}`}var KO=require("node:fs");var qO=require("node:crypto"),WO=require("node:fs");M();nt();T();k();K();U();ut();Q();Ie();T();var ZI=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function UL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var eT=t=>{let e=[];switch(t.operation){default:e.push(UL(t))}return e},tT=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var rT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),oT={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var nT={name:"@aws-sdk/client-ecr",version:"3.1169.0"};M();Ie();zf();k();k();var o0="AWS_EC2_METADATA_DISABLED",n0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(jc(),zc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:i}=await Promise.resolve().then(()=>(tg(),eg));
return Bo(i(t),o(t))}return process.env[o0]&&process.env[o0]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function i0(t,e){let r=f1(t),o,n,i,s,a=async c=>{if(c?.forceRefresh)return s||(s=r(c).then(p=>{i=p}).finally(()=>{s=void 0})),await s,i;if(i?.expiration&&i?.expiration?.
getTime()<Date.now()&&(i=void 0),o)await o;else if(!i||e?.(i))if(i)n||(n=r(c).then(p=>{i=p}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(p=>{
i=p}).finally(()=>{o=void 0}),a(c);return i};return a}var f1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var Nb=!1,Ks=(t={})=>i0([async()=>{if(t.profile??process.env[va])throw process.env[rs]&&process.env[os]&&(Nb||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),Nb=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),$c(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:i,ssoSession:s}=t;if(!r&&!o&&!n&&!i&&!s)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Ng(),Og));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(Ob(),bb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),Eh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Up(),wh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await n0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
Db);var Db=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();k();ut();$();fo();Ie();tn();rn();T();U();$();M();K();K();var Zn="ref",ln=-1,Mp=!0,kb="isSet",vh="PartitionResult",Ao="stringEquals",Bp="booleanEquals",Th="getAttr",$b={[Zn]:"Endpoint"},bo={fn:Th,argv:[{[Zn]:vh},"n\
ame"]},Lb={[Zn]:vh},un={},Fb=[{[Zn]:"Region"}],Ub={conditions:[[kb,[$b]],[kb,Fb],["aws.partition",Fb,vh],[Ao,[bo,"aws-eusc"]],[Ao,[bo,"aws-iso-f"]],[Ao,[bo,"aws\
-iso-e"]],[Ao,[bo,"aws-iso-b"]],[Ao,[bo,"aws-iso"]],[Ao,[bo,"aws-cn"]],[Ao,[bo,"aws-us-gov"]],[Ao,[bo,"aws"]],[Bp,[{[Zn]:"UseFIPS"},Mp]],[Bp,[{fn:Th,argv:[Lb,"s\
upportsFIPS"]},Mp]],[Bp,[{[Zn]:"UseDualStack"},Mp]],[Bp,[{fn:Th,argv:[Lb,"supportsDualStack"]},Mp]]],results:[[ln],[ln,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[$b,un],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",un],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",un],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",un],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",un],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",un],[ln,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[ln,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",un],[ln,"DualStack is enabled but this partition does not support DualStack"],[ln,"Invalid Configuration: Missing Region"]]},ZM=2,Ue=1e8,
eB=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),Mb=tt.from(eB,ZM,Ub.conditions,Ub.results);var tB=new rt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Bb=(t,e={})=>tB.get(t,()=>Mt(Mb,{endpointParams:t,logger:e.logger}));Ne.aws=dt;Q();T();var v=class t extends Ze{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Hp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},zp=class t extends v{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends v{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends v{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends v{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends v{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Kp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends v{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Yp=class t extends v{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends v{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Qp=class t extends v{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends v{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends v{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
tl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends v{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends v{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},nl=class t extends v{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends v{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends v{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends v{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},pl=class t extends v{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends v{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dl=class t extends v{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},fl=class t extends v{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
gl=class t extends v{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends v{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},yl=class t extends v{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends v{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends v{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends v{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends v{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends v{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Tl=class t extends v{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends v{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends v{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Pl=class t extends v{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends v{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends v{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends v{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
kl=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends v{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends v{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var rB="Attribute",oB="AuthorizationData",nB="AuthorizationDataList",iB="AwsEcrContainerImageDetails",sB="AttributeList",aB="BlockedByOrganizationPolicyExceptio\
n";var cB="BatchGetImage",pB="BatchGetImageRequest",lB="BatchGetImageResponse";var uB="CreateRepository";var dB="CreateRepositoryRequest",mB="CreateRepositoryResponse",fB="CvssScore",gB="CvssScoreAdjustment",hB="CvssScoreAdjustmentList",yB="CvssScoreDetails",EB="Cv\
ssScoreList",SB="DescribeImages",xB="DescribeImagesFilter",RB="DescribeImagesRequest";var _B="DescribeImagesResponse",wB="DescribeImageScanFindings",IB="DescribeImageScanFindingsRequest",TB="DescribeImageScanFindingsResponse";var vB="DescribeRepositoriesRequest",CB="DescribeRepositoriesResponse";var PB="DescribeRepositories";var AB="ExclusionAlreadyExistsException",bB="EncryptionConfiguration";var OB="EnhancedImageScanFinding",NB="EnhancedImageScanFindingList",DB="ExclusionNotFoundException",kB="EmptyUploadException";var $B="GetAuthorizationToken",LB="GetAuthorizationTokenRequest",FB="GetAuthorizationTokenResponse",UB="GetDownloadUrlForLayer",MB="GetDownloadUrlForLayerReques\
t",BB="GetDownloadUrlForLayerResponse";var HB="Image",GB="ImageArchivedException",zB="ImageAlreadyExistsException",jB="ImageDetail",VB="ImageDigestDoesNotMatchException",qB="ImageDetailList",WB="Imag\
eFailure",KB="ImageFailureList",JB="ImageIdentifier",YB="ImageIdentifierList",XB="ImageList",QB="InvalidLayerException",ZB="InvalidLayerPartException";var eH="ImageNotFoundException",tH="InvalidParameterException";var rH="ImageScanningConfiguration",oH="ImageStorageClassUpdateNotSupportedException",nH="ImageScanFinding",iH="ImageScanFindingList",sH="ImageScanFindingsSumma\
ry",aH="ImageScanFindings",cH="ImageScanStatus";var pH="ImageTagAlreadyExistsException",lH="ImageTagMutabilityExclusionFilter",uH="ImageTagMutabilityExclusionFilters",dH="InvalidTagParameterException",mH="Key",
fH="KmsException";var gH="LayerAlreadyExistsException",hH="LimitExceededException";var yH="LayerInaccessibleException";var EH="LayersNotFoundException",SH="LifecyclePolicyNotFoundException";var xH="LifecyclePolicyPreviewInProgressException",RH="LifecyclePolicyPreviewNotFoundException";var _H="LayerPartTooSmallException";var wH="PutImage",IH="PutImageRequest",TH="PutImageResponse";var vH="PutLifecyclePolicy",CH="PutLifecyclePolicyRequest",PH="PutLifecyclePolicyResponse";var AH="PullThroughCacheRuleAlreadyExistsException";var bH="PullThroughCacheRuleNotFoundException",OH="PackageVulnerabilityDetails",NH="Recommendation",DH="RepositoryAlreadyExistsException",kH="ReplicationBackfil\
lInProgressException",$H="ReplicationBackfillInvalidStatusException",LH="ReplicationBackfillNotFoundException";var FH="ResourceDetails";var UH="ReferencedImagesNotFoundException",MH="RepositoryList",BH="ResourceList",HH="RepositoryNotEmptyException",GH="RepositoryNotFoundException",zH="RegistryP\
olicyNotFoundException",jH="RepositoryPolicyNotFoundException";var VH="Remediation",qH="Repository",WH="Resource";var KH="SigningConfigurationNotFoundException",JH="ScoreDetails",YH="ServerException";var XH="StartImageScan",QH="StartImageScanRequest",ZH="StartImageScanResponse";var e2="ScanNotFoundException",t2="SecretNotFoundException";var r2="SetRepositoryPolicy",o2="SetRepositoryPolicyRequest",n2="SetRepositoryPolicyResponse",i2="Tag",s2="TemplateAlreadyExistsException";var a2="TagList",c2="TooManyTagsException",p2="TemplateNotFoundException";var l2="UnsupportedImageTypeException";var u2="UploadNotFoundException";var d2="UnableToAccessSecretException",m2="UnableToDecryptSecretValueException",f2="UnableToGetUpstreamImageException",g2="UnableToGetUpstreamLayerException",h2="\
UnableToListUpstreamImageReferrersException",y2="UnsupportedUpstreamRegistryException",E2="Value",S2="ValidationException",x2="VulnerablePackage",R2="Vulnerable\
PackagesList";var _2="architecture",w2="awsAccountId",I2="authorizationData",T2="awsEcrContainerImage";var v2="acceptedMediaTypes",C2="artifactMediaType";var P2="authorizationToken";var A2="adjustments";var b2="arch",O2="attributes",N2="author";var D2="baseScore",D="client";var k2="createdAt";var Hb="cvss",Ch="description",$2="downloadUrl";var L2="details";var O="error",F2="expiresAt";var U2="exploitAvailable",Gb="encryptionConfiguration",M2="enhancedFindings";var B2="encryptionType",H2="epoch",G2="failures",z2="findingArn",j2="fixAvailable",V2="failureCode";var q2="fixedInVersion",W2="firstObservedAt",K2="filePath",J2="failureReason";var zb="findingSeverityCounts",Y2="filterType";var jb="filter",X2="findings",Q2="force",Z2="httpError",e3="images",t3="imageDetails",Ph="imageDigest",r3="imageHash",Vb="imageIds",ei="imageId",qb="imageManife\
st",Ah="imageManifestMediaType",o3="imagePushedAt",Wb="imageStatus",Kb="imageScanningConfiguration",Jb="imageScanCompletedAt",n3="imageScanFindings",i3="imageSc\
anFindingsSummary",s3="imageSizeInBytes",bh="imageScanStatus",Yb="imageTags";var Xb="imageTagMutability",Qb="imageTagMutabilityExclusionFilters",Zb="imageTag",a3="inUseCount";var c3="id",p3="image",l3="key",u3="kmsError",d3="kmsKey";var m3="lastArchivedAt",f3="lastActivatedAt";var eO="layerDigest";var g3="lastInUseAt",h3="lastObservedAt";var tO="lifecyclePolicyText",y3="lastRecordedPullTime";var E3="lastValidByteReceived",N="message",Oh="maxResults";var S3="metric",rO="name",ti="nextToken",x3="platform",R3="pushedAt";var _3="proxyEndpoint";var w3="packageManager";var oO="policyText";var I3="packageVulnerabilityDetails";var T3="registry";var v3="repositoryArn";var Ce="registryId",C3="registryIds",Pe="repositoryName",P3="repositoryNames";var A3="referenceUrls",b3="repositoryUri",O3="relatedVulnerabilities",N3="repository",D3="reason",k3="recommendation";var $3="release",L3="remediation",F3="repositories";var U3="resources";var nO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var M3="scoreDetails";var B3="sourceLayerHash",H3="subjectManifestDigest",G3="scanOnPush";var z3="scoreSource";var j3="sourceUrl",iO="scoringVector",sO="score",V3="server",aO="severity";var cO="source",pO="status";var lO="tags";var q3="tagStatus";var W3="text",K3="title",uO="type",J3="uri",Y3="updatedAt",X3="uploadId";var Q3="url",Z3="value",eG="vendorCreatedAt",tG="vulnerabilityId",rG="vulnerablePackages",oG="vendorSeverity",dO="vulnerabilitySourceUpdatedAt",nG="vendorUpdate\
dAt",Nh="version",E="com.amazonaws.ecr",mO=new Z(nO),iG=[-3,nO,"ECRServiceException",0,[],[]];mO.registerError(iG,v);var P=new Z(E),sG=[-3,E,aB,{[O]:D},[N],[0]];
P.registerError(sG,Pl);var aG=[-3,E,kB,{[O]:D},[N],[0]];P.registerError(aG,Wp);var cG=[-3,E,AB,{[O]:D},[N],[0]];P.registerError(cG,Al);var pG=[-3,E,DB,{[O]:D},[
N],[0]];P.registerError(pG,gl);var lG=[-3,E,zB,{[O]:D},[N],[0]];P.registerError(lG,Il);var uG=[-3,E,GB,{[O]:D},[N],[0]];P.registerError(uG,bl);var dG=[-3,E,VB,{
[O]:D},[N],[0]];P.registerError(dG,Tl);var mG=[-3,E,eH,{[O]:D},[N],[0]];P.registerError(mG,hl);var fG=[-3,E,oH,{[O]:D},[N],[0]];P.registerError(fG,$l);var gG=[-3,
E,pH,{[O]:D},[N],[0]];P.registerError(gG,vl);var hG=[-3,E,QB,{[O]:D},[N],[0]];P.registerError(hG,Kp);var yG=[-3,E,ZB,{[O]:D},[Ce,Pe,X3,E3,N],[0,0,0,1,0]];P.registerError(
yG,Ll);var EG=[-3,E,tH,{[O]:D},[N],[0]];P.registerError(EG,Hp);var SG=[-3,E,dH,{[O]:D},[N],[0]];P.registerError(SG,nl);var xG=[-3,E,fH,{[O]:D},[N,u3],[0,0]];P.registerError(
xG,Jp);var RG=[-3,E,gH,{[O]:D},[N],[0]];P.registerError(RG,Yp);var _G=[-3,E,yH,{[O]:D},[N],[0]];P.registerError(_G,Sl);var wG=[-3,E,_H,{[O]:D},[N],[0]];P.registerError(
wG,Xp);var IG=[-3,E,EH,{[O]:D},[N],[0]];P.registerError(IG,xl);var TG=[-3,E,SH,{[O]:D},[N],[0]];P.registerError(TG,cl);var vG=[-3,E,xH,{[O]:D},[N],[0]];P.registerError(
vG,Nl);var CG=[-3,E,RH,{[O]:D},[N],[0]];P.registerError(CG,_l);var PG=[-3,E,hH,{[O]:D},[N],[0]];P.registerError(PG,jp);var AG=[-3,E,AH,{[O]:D},[N],[0]];P.registerError(
AG,Zp);var bG=[-3,E,bH,{[O]:D},[N],[0]];P.registerError(bG,pl);var OG=[-3,E,UH,{[O]:D},[N],[0]];P.registerError(OG,Cl);var NG=[-3,E,zH,{[O]:D},[N],[0]];P.registerError(
NG,ll);var DG=[-3,E,kH,{[O]:D},[N],[0]];P.registerError(DG,Dl);var kG=[-3,E,$H,{[O]:D},[N],[0]];P.registerError(kG,kl);var $G=[-3,E,LH,{[O]:D},[N],[0]];P.registerError(
$G,El);var LG=[-3,E,DH,{[O]:D},[N],[0]];P.registerError(LG,il);var FG=[-3,E,HH,{[O]:D},[N],[0]];P.registerError(FG,ul);var UG=[-3,E,GH,{[O]:D},[N],[0]];P.registerError(
UG,Gp);var MG=[-3,E,jH,{[O]:D},[N],[0]];P.registerError(MG,ml);var BG=[-3,E,e2,{[O]:D},[N],[0]];P.registerError(BG,yl);var HG=[-3,E,t2,{[O]:D},[N],[0]];P.registerError(
HG,el);var GG=[-3,E,YH,{[O]:V3},[N],[0]];P.registerError(GG,zp);var zG=[-3,E,KH,{[O]:D},[N],[0]];P.registerError(zG,fl);var jG=[-3,E,s2,{[O]:D},[N],[0]];P.registerError(
jG,al);var VG=[-3,E,p2,{[O]:D},[N],[0]];P.registerError(VG,dl);var qG=[-3,E,c2,{[O]:D},[N],[0]];P.registerError(qG,sl);var WG=[-3,E,d2,{[O]:D},[N],[0]];P.registerError(
WG,tl);var KG=[-3,E,m2,{[O]:D},[N],[0]];P.registerError(KG,rl);var JG=[-3,E,f2,{[O]:D},[N],[0]];P.registerError(JG,Vp);var YG=[-3,E,g2,{[O]:D},[N],[0]];P.registerError(
YG,Rl);var XG=[-3,E,h2,{[O]:D},[N],[0]];P.registerError(XG,wl);var QG=[-3,E,l2,{[O]:D},[N],[0]];P.registerError(QG,Ol);var ZG=[-3,E,y2,{[O]:D},[N],[0]];P.registerError(
ZG,ol);var e4=[-3,E,u2,{[O]:D},[N],[0]];P.registerError(e4,Qp);var t4=[-3,E,S2,{[O]:D,[Z2]:400},[N],[0]];P.registerError(t4,qp);var fO=[mO,P],r4=[3,E,rB,0,[l3,Z3],
[0,0],1],o4=[3,E,oB,0,[P2,F2,_3],[0,4,0]],n4=[3,E,iB,0,[_2,N2,r3,Yb,x3,R3,g3,a3,T3,Pe],[0,0,0,64,0,4,4,1,0,0]];var i4=[3,E,pB,0,[Pe,Vb,Ce,v2],[0,()=>SO,0,64],2],s4=[3,E,lB,0,[e3,G2],[()=>Z4,()=>Q4]];var a4=[3,E,dB,0,[Pe,Ce,lO,Xb,Qb,Kb,Gb],[0,0,()=>oz,0,()=>xO,()=>yO,()=>gO],1],c4=[3,E,mB,0,[N3],[()=>EO]],p4=[3,E,fB,0,[D2,iO,cO,Nh],[1,0,0,0]],l4=[3,E,gB,0,[S3,
D3],[0,0]],u4=[3,E,yB,0,[A2,sO,z3,iO,Nh],[()=>K4,1,0,0,0]];var d4=[3,E,IB,0,[Pe,ei,Ce,ti,Oh],[0,()=>dn,0,0,1],2],m4=[3,E,TB,0,[Ce,Pe,ei,bh,n3,ti],[0,0,()=>dn,()=>Dh,()=>C4,0]],f4=[3,E,xB,0,[q3,Wb],[0,0]];var g4=[3,E,RB,0,[Pe,Ce,Vb,ti,Oh,jb],[0,0,()=>SO,0,1,()=>f4],1],h4=[3,E,_B,0,[t3,ti],[()=>X4,0]];var y4=[3,E,vB,0,[Ce,P3,ti,Oh],[0,64,0,1]],E4=[3,E,CB,0,[F3,ti],[()=>tz,0]];var gO=[3,E,bB,0,[B2,d3],[0,0],1];var S4=[3,E,OB,0,[w2,Ch,z2,W2,h3,I3,L3,U3,sO,M3,aO,pO,K3,uO,Y3,j2,U2],[0,0,0,4,4,()=>b4,()=>L4,()=>rz,1,()=>M4,0,0,0,0,4,0,0]];var x4=[3,E,LB,0,[C3],[64]],R4=[3,E,FB,0,[I2],[()=>W4]],_4=[3,E,MB,0,[Pe,eO,Ce],[0,0,0],2],w4=[3,E,BB,0,[$2,eO],[0,0]];var hO=[3,E,HB,0,[Ce,Pe,ei,qb,Ah],[0,0,()=>dn,0,0]],I4=[3,E,jB,0,[Ce,Pe,Ph,Yb,s3,o3,bh,i3,Ah,C2,y3,H3,Wb,m3,f3],[0,0,0,64,1,4,()=>Dh,()=>P4,0,0,4,0,0,4,4]],T4=[
3,E,WB,0,[ei,V2,J2],[()=>dn,0,0]],dn=[3,E,JB,0,[Ph,Zb],[0,0]];var v4=[3,E,nH,0,[rO,Ch,J3,aO,O2],[0,0,0,0,()=>q4]],C4=[3,E,aH,0,[Jb,dO,zb,X2,M2],[4,4,129,()=>ez,()=>Y4]],P4=[3,E,sH,0,[Jb,dO,zb],[4,4,129]],yO=[3,E,rH,0,[G3],
[2]],Dh=[3,E,cH,0,[pO,Ch],[0,0]];var A4=[3,E,lH,0,[Y2,jb],[0,0],2];var b4=[3,E,OH,0,[Hb,A3,O3,cO,j3,eG,oG,nG,tG,rG],[()=>J4,64,64,0,0,4,0,4,0,()=>nz]];var O4=[3,E,IH,0,[Pe,qb,Ce,Ah,Zb,Ph],[0,0,0,0,0,0],2],N4=[3,E,TH,0,[p3],[()=>hO]];var D4=[3,E,CH,0,[Pe,tO,Ce],[0,0,0],2],k4=[3,E,PH,0,[Ce,Pe,tO],[0,0,0]];var $4=[3,E,NH,0,[Q3,W3],[0,0]];var L4=[3,E,VH,0,[k3],[()=>$4]];var EO=[3,E,qH,0,[v3,Ce,Pe,b3,k2,Xb,Qb,Kb,Gb],[0,0,0,0,4,0,()=>xO,()=>yO,()=>gO]];var F4=[3,E,WH,0,[L2,c3,lO,uO],[()=>U4,0,128,0]],U4=[3,E,FH,0,[T2],[()=>n4]];var M4=[3,E,JH,0,[Hb],[()=>u4]],B4=[3,E,o2,0,[Pe,oO,Ce,Q2],[0,0,0,2],2],H4=[3,E,n2,0,[Ce,Pe,oO],[0,0,0]];var G4=[3,E,QH,0,[Pe,ei,Ce],[0,()=>dn,0],2],z4=[3,E,ZH,0,[Ce,Pe,ei,bh],[0,0,()=>dn,()=>Dh]];var j4=[3,E,i2,0,[mH,E2],[0,0],2];var V4=[3,E,x2,0,[b2,H2,K2,rO,w3,$3,B3,Nh,q2],[0,1,0,0,0,0,0,0,0]];var q4=[1,E,sB,0,()=>r4],W4=[1,E,nB,0,()=>o4];var K4=[1,E,hB,0,()=>l4],J4=[1,E,EB,0,()=>p4],Y4=[1,E,NB,0,()=>S4];var X4=[1,E,qB,0,()=>I4],Q4=[1,E,KB,0,()=>T4],SO=[1,E,YB,0,()=>dn],Z4=[1,E,XB,0,()=>hO];var ez=[1,E,iH,0,()=>v4];var xO=[1,E,uH,0,()=>A4];var tz=[1,E,MH,0,()=>EO];var rz=[1,E,BH,0,()=>F4];var oz=[1,E,a2,0,()=>j4];var nz=[1,E,R2,0,()=>V4];var RO=[9,E,cB,0,()=>i4,()=>s4];var _O=[9,E,uB,0,()=>a4,()=>c4];var wO=[9,E,SB,0,()=>g4,()=>h4],IO=[9,E,wB,0,()=>d4,()=>m4];var TO=[9,E,PB,0,()=>y4,()=>E4];var vO=[9,E,$B,0,()=>x4,()=>R4],CO=[9,E,UB,0,()=>_4,()=>w4];var PO=[9,E,wH,0,()=>O4,()=>N4];var AO=[9,E,vH,0,()=>D4,()=>k4];var bO=[9,E,r2,0,()=>B4,()=>H4],OO=[9,E,XH,0,()=>G4,()=>z4];var NO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Bb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??eT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new we,protocol:t?.protocol??en,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:fO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??
ee});var DO=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=NO(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??vt,credentialDefaultProvider:t?.credentialDefaultProvider??
Ks,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:nT.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...et,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}};M();T();U();var kO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
$O=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var LO=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),kO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),$O(r))};var Fl=class extends Te{config;constructor(...[e]){let r=DO(e||{});super(r),this.initConfig=r;let o=rT(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=tT(c),u=LO(p,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:ZI,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}};T();K();var me=Lt(oT,"AmazonEC2ContainerRegistry_V20150921","ECRClient",cr),fe={},ge=(t,e,r,o)=>[];var Js=class extends me(fe,ge,"BatchGetImage",RO){};var Ul=class extends me(fe,ge,"CreateRepository",_O){};var Ml=class extends me(fe,ge,"DescribeImageScanFindings",IO){};var Bl=class extends me(fe,ge,"DescribeImages",wO){};var Hl=class extends me(fe,ge,"DescribeRepositories",TO){};var Ys=class extends me(fe,ge,"GetAuthorizationToken",vO){};var Gl=class extends me(fe,ge,"GetDownloadUrlForLayer",CO){};var zl=class extends me(fe,ge,"PutImage",PO){};var jl=class extends me(fe,ge,"PutLifecyclePolicy",AO){};var Vl=class extends me(fe,ge,"SetRepositoryPolicy",bO){};var ql=class extends me(fe,ge,"StartImageScan",OO){};var Wl=Xr(require("node:http")),kh=Xr(require("node:https")),FO=require("node:net"),UO=require("node:tls");var MO=t=>(e,r)=>t?.(e,r);function Lh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||iz(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function iz(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let i=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],s=i[1].replace(/^\*?\./,"").toLowerCase();return i[2]&&
i[2]!==o?!1:r===s||r.endsWith(`.${s}`)})}var sz=t=>`${t.protocol}//${t.host}`;function BO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Fh(t,e,r){return new hr(`the proxy ${sz(t)} (for ${e}) ${r}`)}function HO(t,e,r){let o=(0,FO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=i=>r(Fh(t,e,`could not be reached: ${i.code??i.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var $h=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Kl=class extends Wl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Lh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=$h(o,80),i=this.
proxy(n);if(i){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let s=BO(i);s&&r.setHeader("proxy-authorization",s);let a=r.emit.
bind(r);r.emit=((c,...p)=>{let u=p[0];return c!=="response"||u.statusCode!==407?a(c,...p):(u.resume(),r.destroy(Fh(i,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Wl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=$h(r,
80),i=this.proxy(n);if(!i)return Wl.Agent.prototype.createConnection.call(this,r,o);HO(i,`${n.host}:${n.port}`,MO(o))}},Jl=class extends kh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=MO(o),i=$h(r,443),s=`${i.host.includes(":")?`[${i.host}]`:i.host}:${i.port}`,a=Lh(new URL(`https://${s}`),this.
env);if(!a)return kh.Agent.prototype.createConnection.call(this,r);HO(a,s,(c,p)=>{if(c||!p)return n(c);let u=BO(a);p.write(`CONNECT ${s} HTTP/1.1\r
Host: ${s}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=y=>{p.destroy(),n(Fh(a,s,y))},f=y=>{if(d=Buffer.concat([d,y]),d.indexOf(`\r
\r
`)<0)return;p.off("data",f),p.off("error",g),p.off("end",h);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let C=r.servername??(/^[\d.]+$|:/.test(i.
host)?void 0:i.host);n(null,(0,UO.connect)({...r,socket:p,servername:C}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");p.on("data",f),p.once("error",g),p.once("end",h)})}};function GO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Kl(t,{keepAlive:!0}),httpsAgent:new Jl(t,{keepAlive:!0})}:{}}function zO(t,e){if(Lh(t,e))return t.protocol==="https:"?new Jl(e,{keepAlive:!1}):
new Kl(e,{keepAlive:!1})}function mn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,i)=>{let s=zO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:s,signal:e.signal,timeout:e.timeoutMs},c=>{let p=[];c.on("data",u=>p.push(u)),c.on("error",i),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(p).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",p=>{if(!p.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);p.once("connect",()=>clearTimeout(u)),p.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",i),a.end(e.body)})}var jO=3e4,az=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function cz(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function Yl(t,e,r,o,n,i=!1){let s=`${az(t.host)}://${t.
host}/v2/${e}/manifests/${encodeURIComponent(r)}`,a=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,c=d=>mn(s,{headers:{accept:o.join("\
, "),...d?{authorization:d}:{}},timeoutMs:jO,signal:n}),p=await c(i?a:void 0);if(p.status===401&&!i){let d=cz(p.headers["www-authenticate"]);if(d?.kind==="beare\
r"&&d.params.realm){let m=new URL(d.params.realm);d.params.service&&m.searchParams.set("service",d.params.service),m.searchParams.set("scope",d.params.scope??`r\
epository:${e}:pull`);let f=await mn(m,{headers:{authorization:a},timeoutMs:jO,signal:n}),g=JSON.parse(f.text);p=await c(`Bearer ${g.token??g.access_token}`)}else
p=await c(a)}if(p.status!==200)throw new Error(`the registry answered ${p.status} for ${e}:${r}`);let u=JSON.parse(p.text).mediaType;return{manifest:p.text,mediaType:u??
String(p.headers["content-type"]??"").split(";")[0]}}var VO=5,pz=5e3,lz=3e4;function uz(t=1/0){let e=Math.max(1e3,Math.min(lz,Math.floor(t/3)));return{connectionTimeout:Math.min(pz,e),requestTimeout:e}}function ri(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:VO,requestHandler:{...uz(r?.ms),throwOnRequestTimeout:!0,...GO(process.env)}}}function Xl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Ql(t,e){return e?`AWS kept throttling ${t} for longer than ${VO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Oo=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],dz=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),yt=t=>t?.name??"";async function Zl(t,e,r,o){try{return await to(r,`${t.label}\
 ${e}`,o)}catch(n){throw mz(t,e,n)}}function mz(t,e,r){let o=yt(r);if(r instanceof _t||dz.has(o))return r;let n=`${t.label} ${e}`,i=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new G(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_\
ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let s=Xl(r);if(s.transient)return new G(`${n} failed after ${s.attempts} attempt(s\
): ${i}`,Ql("ECR",s.throttled),{cause:r});if(/ExpiredToken/.test(o))return new G(`${n} failed: the AWS credentials have expired (${i})`,"with role-to-assume the\
y are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new G(`${n} failed: ${i}`,a?t.permissionHint(e):void 0,{cause:r})}var fz=4;function Xs(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new G("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function gz(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Qs(t,e){let r=t.exclusionFilters.some(o=>gz(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function eu(t,e,r,o){
let n=[...o],i=async()=>{for(let s=n.shift();s!==void 0;s=n.shift())await t.putTag(e,r,s)};await Promise.all(Array.from({length:Math.min(fz,n.length)},i))}var hz=5,Uh=100,yz={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},oi=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Fl(ri(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}registryLogin;login(){
let e=this.send("GetAuthorizationToken",new Ys(this.registryId?{registryIds:[this.registryId]}:{})).then(r=>Xs(r.authorizationData?.[0]));return this.registryLogin=
e,e}async manifest(e,r){let o=await(this.registryLogin??this.login()),n=await Yl(o,e,r,Oo,this.deadline?.signal,!0);if(`sha256:${(0,qO.createHash)("sha256").update(
n.manifest).digest("hex")}`!==r)throw new G(`the registry's manifest for ${e}@${r} does not match its digest`);return n}async logins(e){return((await this.send(
"GetAuthorizationToken",new Ys({registryIds:e}))).authorizationData??[]).map(o=>Xs(o))}async findRepository(e){let r=await this.describe(e);return r&&Mh(r,!1)}async ensureRepository(e,r){
let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new G(`repository ${e.repository} does not exist`,"create it, or set cr\
eate-repository: true");let n=Ez(e,r);try{let i=await this.send("CreateRepository",new Ul({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}));return Mh(i.repository,!0)}catch(i){if(yt(i)!=="RepositoryAlreadyExistsException")throw i;let s=await this.describe(e.repository);if(!s)throw i;
return Mh(s,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=s=>s?(0,WO.readFileSync)(s,"utf8"):void 0,[n,i]=[o(e.lifecyclePolicy),
o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new jl({...r,lifecyclePolicyText:n})),i&&this.send("SetRepositoryPolicy",new Vl({...r,
policyText:i}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Uh)},(s,a)=>r.slice(a*Uh,(a+1)*Uh)),i;try{i=await Promise.all(n.map(s=>this.
send("BatchGetImage",new Js({registryId:this.registryId,repositoryName:e,imageIds:s.map(a=>({imageTag:a})),acceptedMediaTypes:Oo}))))}catch(s){if(yt(s)==="Repos\
itoryNotFoundException")return o;throw s}for(let s of i.flatMap(a=>a.images??[])){let a=s.imageId?.imageTag;a&&s.imageId?.imageDigest&&s.imageManifest&&o.set(a,
{digest:s.imageId.imageDigest,manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async image(e,r){let n=(await this.send("BatchGetImage",
new Js({registryId:this.registryId,repositoryName:e,imageIds:[{imageDigest:r}],acceptedMediaTypes:Oo}))).images?.[0];return n?.imageManifest?{digest:r,manifest:n.
imageManifest,mediaType:n.imageManifestMediaType??""}:void 0}async blobUrl(e,r){let o=await this.send("GetDownloadUrlForLayer",new Gl({registryId:this.registryId,
repositoryName:e,layerDigest:r}));if(!o.downloadUrl)throw new G(`ECR GetDownloadUrlForLayer returned no URL for ${r}`);return o.downloadUrl}async latestImage(e,r){
let o,n;for(let i=0;i<hz;i++){let s;try{s=await this.send("DescribeImages",new Bl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,
nextToken:n}))}catch(a){if(yt(a)==="RepositoryNotFoundException")return;throw a}for(let a of s.imageDetails??[]){let c=a.imagePushedAt?.getTime()??0;a.imageDigest&&
(!r||a.imageTags?.some(p=>p.endsWith(r)))&&!a.artifactMediaType?.includes("artifact")&&Oo.includes(a.imageManifestMediaType??Oo[0])&&c>=(o?.at??-1)&&(o={digest:a.
imageDigest,at:c})}if(n=s.nextToken,!n)break}return o?.digest}async putTag(e,r,o){try{await this.send("PutImage",new zl({registryId:this.registryId,repositoryName:e,
imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}))}catch(n){if(yt(n)==="ImageAlreadyExistsException")return;
throw yt(n)==="ImageTagAlreadyExistsException"?new G(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: dr\
op the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.send("DescribeImageScanFindings",new Ml({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){if(yt(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.send("StartImageScan",new ql({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}))}async describe(e){try{return(await this.send("De\
scribeRepositories",new Hl({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){if(yt(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){
return Zl(yz,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Mh(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.
imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.
scanOnPush??!1,created:e}}function Ez(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(!ca(e))throw new G(`an IMMUTABLE_WITH_EXCLUSION repository t\
akes at most ${sd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository you\
rself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}async function tu(t,e,r,o){let n=new Map;for(let s of t)n.set(s.region??e,[...n.get(s.region??e)??[],s.id]);return(await Promise.all([...n].map(async([s,a])=>{let c=new oi(
s,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var Sz=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
xz=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function ru(t){let e;try{e=(0,KO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function JO(t,e,r,o){
if(!Sz.test(t))return;let n=ru(e).filter(s=>!r.includes(s));return n.length?`the Dockerfile pulls from ${n.map(s=>{let a=xz.exec(s);return a?`${s} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:s}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var eN=require("node:child_process"),tN=require("node:fs"),rN=require("node:util");Up();var Rz=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,_z=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
wz=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,Iz=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Tz=100,vz=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Cz=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,Pz=/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/,Zs="sts.amazonaws.com",fn=["CRITICA\
L","HIGH","MEDIUM","LOW"],YO=[{name:"repository",field:"repository",...se(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validate\
d against ECR's naming rule before any AWS call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegi\
on",...se(Be.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assu\
me",field:"roleToAssume",...se(oe(Rz,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",
description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...se(Be.audience),default:Zs,
description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust polic\
y.",default:void 0,defaultText:"sts.amazonaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...xn(Lo),defaultText:"\
`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...se(Be.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...pa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...se(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes.",iamPolicy:{value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...ct,default:"true",description:"Creat\
e the repository when it is missing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"\
imageTagMutability",...Ur("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMU\
TABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...ct,default:"true",description:"Scan on push, for\
 a created repository."},{name:"encryption-type",field:"encryptionType",...Ur("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: \
AES256 or KMS (`kms-key` with KMS).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"\
kms-key",field:"kmsKey",...se(oe(_z,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{
value:"ARN",description:"KMS key ARN of a created repository.",defaultText:"any key of the account",...se(oe(Dy,"is not a KMS key or alias ARN like `arn:aws:kms\
:eu-west-1:123456789012:key/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...xn(ad),description:"Path to a lifecycle policy JSON file, applied t\
o the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...ud}},{name:"repository-policy",field:"\
repositoryPolicy",...xn(ad),description:"Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delive\
ry applies a repository policy.",default:"false",...ud}},{name:"context",field:"context",builds:!0,...xn(),default:".",description:"Build context directory."},{
name:"dockerfile",field:"dockerfile",builds:!0,...xn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"build\
Args",builds:!0,...Wy,description:"Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environmen\
t, not argv."},{name:"target",field:"target",builds:!0,...se(oe(wz,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"pl\
atform",...se(Iy),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"builder",field:"builder",...se(oe(Pz,"is not a buildx b\
uilder name (letters, digits, `_`, `.`, `+`, `-`)")),defaultText:"buildx's current builder",description:"The buildx builder to build with (as `docker/setup-buil\
dx-action` leaves one; each docker context is one too); a builder of a driver other than `docker` pushes the image itself, without loading it into the daemon."},
{name:"cache",field:"cache",builds:!0,...ct,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",builds:!0,...ct,default:"false",description:"BuildKi\
t provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"imag\
e",field:"image",builds:!0,...se(oe(Iz,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of \
building."},{name:"commit-sha",field:"commitSha",...se(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`\
, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...$o(Be.tag,{commas:!0,max:Tz}),
description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...ct,default:"false",description:"\
When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",builds:!0,
...ct,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery push\
es; `false`: build-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...se(oe(vz,"is not an environment \
variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token\
 file needed)."},{name:"pull-registries",field:"pullRegistries",...Ty,description:"Other ECR registries docker is logged in to before the build, so `FROM` and c\
ache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-ima\
ge registries the build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Ur(
"private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws\
/<alias>/<name>`).",iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.a\
ws/ repository"}},{name:"catalog-description",field:"catalogDescription",...ua(1024),description:"ECR Public: short description of a created repository (text, o\
r `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...ua(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `\
file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...ua(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `fil\
e://PATH`).'},{name:"mode",field:"mode",...Ur("deliver","login","part","merge"),default:"deliver",description:"`deliver`; `login`: credentials and docker login \
to the registry and every `pull-registries` id, in the job's docker config, for later docker steps; `part`: one platform's image of a multi-arch image (`platfor\
m`, else the daemon's), tagged only `<sha>-<os>-<arch>[-<variant>]`; `merge`: the parts of every `platform` into one image index under every tag, with ECR's API\
 only (no docker).",iamPolicy:{value:"deliver|part|merge",description:"The mode the role runs: `part` as `deliver`; `merge` reads the parts and their configs an\
d puts the index (no upload).",...Ur("deliver","part","merge")}},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...ct,default:"false",githubOnly:!0,
description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets\
: see the README)."},{name:"skip-logout",field:"skipLogout",...ct,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login \
after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...pa(1,86400),default:"3600",description:"\
Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up \
after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",builds:!0,...jy,description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mo\
unt=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",builds:!0,...Vy,description:"Build s\
ecrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",builds:!0,...qy,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `\
default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...ct,default:"false",description:"On a semantic-version gi\
t tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"br\
anch-tag",field:"branchTag",...ct,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 characte\
rs with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...vy,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CI\
RCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/tag\
s/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",builds:!0,...$o(oe(Cz,"is not `key=value` with a key of letters, digits, `.`,\
 `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a ke\
y given here wins."},{name:"scan-wait",field:"scanWait",...ct,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or en\
hanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The delivery waits for the image scan."}},{
name:"scan-start",field:"scanStart",...ct,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan \
the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"scan-timeout-seconds",field:"scanTim\
eoutSeconds",...pa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-\
on-severity",field:"failOnSeverity",...Ur(...fn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or\
 LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"account-id",field:"accountId",...se(
Be.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OIDC provider."},{name:"provider",field:"\
provider",...Ur("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github with `--repo`, circleci with `--org-id`"},
description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",...se($y),iamPolicyOnly:!0,iamPolicy:{value:"\
OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",field:"branch",...se(Ly,
t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"GitHub branch allowed to deliver (`*` patterns \
allowed)."},{name:"tag",field:"tag",...se(Fy,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"TAG"},description:"GitHub tag allowed to deliv\
er, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"environment",...se(oe(Oy,"is not a GitHub e\
nvironment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub environment allowed to deliver, for jobs that u\
se `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...ct,default:"false",iamPolicyOnly:!0,iamPolicy:{value:"true|false"},description:"\
Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"github-issuer",field:"githubIssuer",...My,iamPolicyOnly:!0,
iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterprise Server's OIDC issuer, `HOST/_services/token`."},{name:"\
org-id",field:"orgId",...se(oe(ld,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI organ\
ization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...se(oe(ld,"is not a CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id`: without it every project of the org, with any context, c\
ould deliver)."},{name:"vcs-ref",field:"vcsRef",...se(oe(Ny,"is not a git ref like `refs/heads/main`")),iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"Ci\
rcleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which the orb uses; `*` patterns allowed)."},{name:"pull-repo\
sitories",field:"pullRepositories",...$o(oe(ky,"is not a repository name pattern (lowercase name, `*` wildcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"\
PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` the build pulls, name patterns, comma-separated."},{name:"pu\
ll-through",field:"pullThrough",...$o(Uy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"Pull-through cache prefixes of the target regis\
try the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"only",field:"only",...Ur("permissions","trust"),
iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],Az=t=>!t.iamPolicyOnly,
No=YO.filter(Az),ou=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"],XO=No.filter(t=>!t.githubOnly&&!t.builds&&t.name!=="mode").map(t=>t.name);function bz(t,e){let r="default"in e?e.default:
t.default,o=e.defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{
name:t.name,field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var ni=YO.flatMap(t=>t.iamPolicy?
[bz(t,t.iamPolicy)]:[]).sort((t,e)=>+!!e.required-+!!t.required);async function Bh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new xe(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:QO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await Oz(t),source:"GitHub OIDC"};if(t.ci==="circleci")return Nz(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:QO(e),source:`file ${e}`};throw new xe(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function QO(t){let e=(0,tN.readFileSync)(t,"utf8").trim();if(!e)throw new xe(
`the OIDC token file ${t} is empty`);return e}async function Oz(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new xe("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function Nz(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Zs&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,rN.promisify)(eN.execFile)("circleci",o,{encoding:"utf8",env:t.env}),i=n.trim();if(i)
return{token:i,source:"circleci run oidc get"}}catch{}if(r)return r;throw new xe("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function Dz(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Hh(t,e,r,o){r.secret(e);let n=Qn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:ri(t.region,void 0,o)});try{let i=await to(o,"STS AssumeRoleWithWebIdentity",()=>n());return $z({accessKeyId:i.accessKeyId,secretAccessKey:i.
secretAccessKey,sessionToken:i.sessionToken,expiration:i.expiration},r)}catch(i){throw Lz(i,t,e)}}function oN(t,e){let r={credentials:t,margin:ZO(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(i=>(r={credentials:i,margin:ZO(i)},
i)).finally(()=>{o=void 0}),o)}}var kz=300*1e3;function ZO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(kz,e/2)}function $z(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function Lz(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=Dz(
r),i=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,s=Xl(t);if(s.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${s.
attempts} attempt(s) (${o.name}: ${o.message}); ${i}`;return new gr(c,Ql("STS",s.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${i}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var GN=require("node:fs");M();nt();T();k();K();U();ut();Q();Ie();T();var nN=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function Fz(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var iN=t=>{let e=[];switch(t.operation){default:e.push(Fz(t))}return e},sN=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var aN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),cN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var pN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0"};M();Ie();T();k();ut();$();fo();Ie();tn();rn();T();U();$();M();K();K();var ea="ref",gn=-1,nu=!0,lN="isSet",fN="PartitionResult",iu="booleanEquals",Gh="getAttr",uN={[ea]:"Endpoint"},zh={[ea]:fN},ii={},dN=[{[ea]:"Region"}],mN={conditions:[
[lN,[uN]],[lN,dN],["aws.partition",dN,fN],[iu,[{[ea]:"UseFIPS"},nu]],[iu,[{[ea]:"UseDualStack"},nu]],[iu,[{fn:Gh,argv:[zh,"supportsDualStack"]},nu]],[iu,[{fn:Gh,
argv:[zh,"supportsFIPS"]},nu]],["stringEquals",[{fn:Gh,argv:[zh,"name"]},"aws"]]],results:[[gn],[gn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[gn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[uN,ii],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ii],[gn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ii],[gn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ii],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ii],[gn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ii],[gn,"Invalid Configuration: Missing Region"]]},Mz=2,Et=1e8,Bz=new Int32Array([-1,1,-1,0,13,3,1,4,Et+12,2,5,Et+12,3,9,6,4,7,Et+11,5,8,Et+10,7,
Et+8,Et+9,4,11,10,6,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),gN=tt.from(Bz,Mz,mN.conditions,mN.results);var Hz=new rt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),hN=(t,e={})=>Hz.get(t,()=>Mt(gN,{endpointParams:t,logger:e.logger}));Ne.aws=dt;Q();T();var J=class t extends Ze{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var su=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},au=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},du=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
fu=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},gu=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hu=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yu=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xu=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ru=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},_u=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wu=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Iu=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tu=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},vu=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Cu=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Pu=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Au=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var Gz="AuthorizationData";var zz="CreateRepository",jz="CreateRepositoryRequest",Vz="CreateRepositoryResponse";var qz="DescribeImageTags",Wz="DescribeImageTagsRequest",Kz="DescribeImageTagsResponse";var Jz="DescribeRegistriesRequest",Yz="DescribeRegistriesResponse",Xz="DescribeRepositoriesRequest",Qz="DescribeRepositoriesResponse",Zz="DescribeRegistries",ej="\
DescribeRepositories",tj="EmptyUploadException",rj="GetAuthorizationToken",oj="GetAuthorizationTokenRequest",nj="GetAuthorizationTokenResponse";var ij="Image",sj="ImageAlreadyExistsException";var aj="ImageDigestDoesNotMatchException";var cj="ImageIdentifier";var pj="InvalidLayerException",lj="InvalidLayerPartException";var uj="ImageNotFoundException",dj="InvalidParameterException",mj="ImageTagAlreadyExistsException",fj="ImageTagDetail",gj="ImageTagDetailList",hj="InvalidTagPar\
ameterException",yj="Key";var Ej="LayerAlreadyExistsException",Sj="LimitExceededException";var xj="LayersNotFoundException",Rj="LayerPartTooSmallException";var _j="PutImage",wj="PutImageRequest",Ij="PutImageResponse";var Tj="Registry",vj="RegistryAlias",Cj="RepositoryAlreadyExistsException",Pj="RegistryAliasList";var Aj="RepositoryCatalogDataInput",bj="RepositoryCatalogDataNotFoundException",Oj="RepositoryCatalogData",Nj="ReferencedImageDetail",Dj="ReferencedImagesNotFou\
ndException",kj="RegistryList",$j="RepositoryList",Lj="RepositoryNotEmptyException",Fj="RegistryNotFoundException",Uj="RepositoryNotFoundException",Mj="Reposito\
ryPolicyNotFoundException",Bj="Repository",Hj="ServerException",Gj="SetRepositoryPolicy",zj="SetRepositoryPolicyRequest",jj="SetRepositoryPolicyResponse",Vj="Ta\
g",qj="TagList",Wj="TooManyTagsException";var Kj="UnsupportedCommandException";var Jj="UploadNotFoundException";var Yj="Value",Xj="aliases",Qj="authorizationData",Zj="artifactMediaType",eV="authorizationToken",yN="aboutText",EN="architectures",pe="client",SN="createdAt",xN="\
catalogData",RN="description";var tV="defaultRegistryAlias",ne="error",rV="expiresAt";var oV="force",nV="image";var jh="imageDigest",iV="imageDetail";var sV="imageId",_N="imageManifest",Vh="imageManifestMediaType",aV="imagePushedAt",cV="imageSizeInBytes";var pV="imageTagDetails",qh="imageTag";var lV="logoImageBlob";var uV="logoUrl",dV="lastValidByteReceived",ie="message",mV="marketplaceCertified",Wh="maxResults";var fV="name",si="nextToken",wN="operatingSystems";var gV="primaryRegistryAlias";var IN="policyText",hV="repository";var yV="registryArn",EV="repositoryArn";var Yr="registryId",Do="repositoryName",SV="repositoryNames",xV="registryUri",RV="repositoryUri",_V="registries",wV="repositories",TN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",IV="server",TV="status",vV="tags";var CV="uploadId",vN="usageText",PV="verified",I="com.amazonaws.ecrpublic",CN=Z.for(TN),AV=[-3,TN,"ECRPUBLICServiceException",0,[],[]];CN.registerError(AV,J);var re=Z.
for(I),bV=[-3,I,tj,{[ne]:pe},[ie],[0]];re.registerError(bV,uu);var OV=[-3,I,sj,{[ne]:pe},[ie],[0]];re.registerError(OV,Iu);var NV=[-3,I,aj,{[ne]:pe},[ie],[0]];re.
registerError(NV,Tu);var DV=[-3,I,uj,{[ne]:pe},[ie],[0]];re.registerError(DV,_u);var kV=[-3,I,mj,{[ne]:pe},[ie],[0]];re.registerError(kV,vu);var $V=[-3,I,pj,{[ne]:pe},
[ie],[0]];re.registerError($V,du);var LV=[-3,I,lj,{[ne]:pe},[Yr,Do,CV,dV,ie],[0,0,0,1,0]];re.registerError(LV,Cu);var FV=[-3,I,dj,{[ne]:pe},[ie],[0]];re.registerError(
FV,su);var UV=[-3,I,hj,{[ne]:pe},[ie],[0]];re.registerError(UV,hu);var MV=[-3,I,Ej,{[ne]:pe},[ie],[0]];re.registerError(MV,mu);var BV=[-3,I,Rj,{[ne]:pe},[ie],[0]];
re.registerError(BV,fu);var HV=[-3,I,xj,{[ne]:pe},[ie],[0]];re.registerError(HV,Pu);var GV=[-3,I,Sj,{[ne]:pe},[ie],[0]];re.registerError(GV,yu);var zV=[-3,I,Dj,
{[ne]:pe},[ie],[0]];re.registerError(zV,Au);var jV=[-3,I,Fj,{[ne]:pe},[ie],[0]];re.registerError(jV,au);var VV=[-3,I,Cj,{[ne]:pe},[ie],[0]];re.registerError(VV,
Eu);var qV=[-3,I,bj,{[ne]:pe},[ie],[0]];re.registerError(qV,wu);var WV=[-3,I,Lj,{[ne]:pe},[ie],[0]];re.registerError(WV,xu);var KV=[-3,I,Uj,{[ne]:pe},[ie],[0]];
re.registerError(KV,cu);var JV=[-3,I,Mj,{[ne]:pe},[ie],[0]];re.registerError(JV,Ru);var YV=[-3,I,Hj,{[ne]:IV},[ie],[0]];re.registerError(YV,pu);var XV=[-3,I,Wj,
{[ne]:pe},[ie],[0]];re.registerError(XV,Su);var QV=[-3,I,Kj,{[ne]:pe},[ie],[0]];re.registerError(QV,lu);var ZV=[-3,I,Jj,{[ne]:pe},[ie],[0]];re.registerError(ZV,
gu);var PN=[CN,re],eq=[3,I,Gz,0,[eV,rV],[0,4]];var tq=[3,I,jz,0,[Do,xN,vV],[0,()=>xq,()=>Pq],1],rq=[3,I,Vz,0,[hV,xN],[()=>AN,()=>Sq]];var oq=[3,I,Wz,0,[Do,Yr,si,Wh],[0,0,0,1],1],nq=[3,I,Kz,0,[pV,si],[()=>Iq,0]],iq=[3,I,Jz,0,[si,Wh],[0,1]],sq=[3,I,Yz,0,[_V,si],[()=>vq,0],1],aq=[3,I,Xz,0,[Yr,SV,
si,Wh],[0,64,0,1]],cq=[3,I,Qz,0,[wV,si],[()=>Cq,0]],pq=[3,I,oj,0,[],[]],lq=[3,I,nj,0,[Qj],[()=>eq]];var uq=[3,I,ij,0,[Yr,Do,sV,_N,Vh],[0,0,()=>dq,0,0]];var dq=[3,I,cj,0,[jh,qh],[0,0]],mq=[3,I,fj,0,[qh,SN,iV],[0,4,()=>hq]];var fq=[3,I,wj,0,[Do,_N,Yr,Vh,qh,jh],[0,0,0,0,0,0],2],gq=[3,I,Ij,0,[nV],[()=>uq]];var hq=[3,I,Nj,0,[jh,cV,aV,Vh,Zj],[0,1,4,0,0]],yq=[3,I,Tj,0,[Yr,yV,xV,PV,Xj],[0,0,0,2,()=>Tq],5],Eq=[3,I,vj,0,[fV,TV,gV,tV],[0,0,2,2],4];var AN=[3,I,Bj,0,[EV,Yr,Do,RV,SN],[0,0,0,0,4]],Sq=[3,I,Oj,0,[RN,EN,wN,uV,yN,vN,mV],[0,64,64,0,0,0,2]],xq=[3,I,Aj,0,[RN,EN,wN,lV,yN,vN],[0,64,64,21,0,0]],Rq=[3,I,
zj,0,[Do,IN,Yr,oV],[0,0,0,2],2],_q=[3,I,jj,0,[Yr,Do,IN],[0,0,0]],wq=[3,I,Vj,0,[yj,Yj],[0,0]];var Iq=[1,I,gj,0,()=>mq];var Tq=[1,I,Pj,0,()=>Eq],vq=[1,I,kj,0,()=>yq],Cq=[1,I,$j,0,()=>AN];var Pq=[1,I,qj,0,()=>wq];var bN=[9,I,zz,0,()=>tq,()=>rq];var ON=[9,I,qz,0,()=>oq,()=>nq],NN=[9,I,Zz,0,()=>iq,()=>sq],DN=[9,I,ej,0,()=>aq,()=>cq],kN=[9,I,rj,0,()=>pq,()=>lq];var $N=[9,I,_j,0,()=>fq,()=>gq];var LN=[9,I,Gj,0,()=>Rq,()=>_q];var FN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??hN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??iN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new we,protocol:t?.protocol??en,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:PN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??
ee});var UN=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=FN(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??vt,credentialDefaultProvider:t?.credentialDefaultProvider??
Ks,defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:pN.version}),maxAttempts:t?.maxAttempts??w(Jt,t),region:t?.region??
w(Oe,{...et,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??ze,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.userAgentAppId??w(er,n)}};M();T();U();var MN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
BN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var HN=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),MN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),BN(r))};var bu=class extends Te{config;constructor(...[e]){let r=UN(e||{});super(r),this.initConfig=r;let o=aN(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),p=sN(c),u=HN(p,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:nN,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}};T();K();var St=Lt(cN,"SpencerFrontendService","ECRPUBLICClient",cr),xt={},Rt=(t,e,r,o)=>[];var Ou=class extends St(xt,Rt,"CreateRepository",bN){};var Nu=class extends St(xt,Rt,"DescribeImageTags",ON){};var Du=class extends St(xt,Rt,"DescribeRegistries",NN){};var ku=class extends St(xt,Rt,"DescribeRepositories",DN){};var $u=class extends St(xt,Rt,"GetAuthorizationToken",kN){};var Lu=class extends St(xt,Rt,"PutImage",$N){};var Fu=class extends St(xt,Rt,"SetRepositoryPolicy",LN){};var Aq="us-east-1",bq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function Oq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var Uu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new bu(ri(Aq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Zl(bq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new $u({})),this.registryUri??this.describeRegistryUri()]);return Xs(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Du({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new G("ECR Public returned no registry","create the public registry (its alias) in t\
he ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new ku(
{registryId:this.registryId,repositoryNames:[Mr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(yt(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new G(`repository ${e.repository} does not exist in ECR Public`,"create\
 it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Ou({repositoryName:Mr(e.repository),catalogData:Oq(e)}));return this.info(
o.repository,!0)}catch(o){if(yt(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Fu({registryId:this.registryId,repositoryName:Mr(e.repository),policyText:(0,GN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let i=await this.send("DescribeImageTags",new Nu({registryId:this.registryId,repositoryName:Mr(e),nextToken:n}));
for(let s of i.imageTagDetails??[])s.imageTag&&r.includes(s.imageTag)&&s.imageDetail?.imageDigest&&o.set(s.imageTag,{digest:s.imageDetail.imageDigest,manifest:"",
mediaType:s.imageDetail.imageManifestMediaType??""});n=i.nextToken}while(n&&o.size<r.length)}catch(i){if(yt(i)==="RepositoryNotFoundException")return o;throw i}
return o}async putTag(e,r,o){let{manifest:n,mediaType:i}=r.manifest?r:await this.manifest(e,r.digest);try{await this.send("PutImage",new Lu({registryId:this.registryId,
repositoryName:Mr(e),imageManifest:n,imageManifestMediaType:i||void 0,imageDigest:r.digest,imageTag:o}))}catch(s){if(yt(s)==="ImageAlreadyExistsException")return;
throw s}}async manifest(e,r){this.loginData??=this.login();let o=await this.loginData,n=`${(this.registryUri??"").split("/").slice(1).join("/")}/${Mr(e)}`.replace(
/^\//,"");return Yl(o,n,r,Oo,this.deadline?.signal)}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),
{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var Nq=(t,e,r,o)=>new oi(t,e,r,o),Dq=(t,e,r,o)=>new Uu(e,r,o);function ai(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?Dq:Nq))(t.context.region,
e,t.options.registryId,r)}function ci(t){if(t.options.roleToAssume)return Bh(zN(t)).catch(e=>e)}function zN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function pi(t,e,r){let{options:o,context:n,
reporter:i}=t;if(!o.roleToAssume||!e){i.info("No role-to-assume: using the ambient AWS credential chain");return}let s=await e;if(s instanceof Error)throw s;i.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${s.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await Hh(a,s.token,i,r);return oN(c,async()=>{let p=await Bh({...zN(t),renew:!0});return i.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${p.source}`),Hh(a,p.token,i,r)})}function Mu(t){let e=new eo(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>kq(t,e))}async function kq(t,e){let r=new ro(t.run,t.reporter,e,_n(t.env)),o=r.
check(),n=ci(t);await o;let i=await t.reporter.phase("Credentials",()=>pi(t,n,e)),s=ai(t,i,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([s.login(),tu(t.options.pullRegistries,t.context.region,i,e)]),p=[a,...c.filter(u=>u.host!==a.host)];for(let u of p)t.onLogin?.(u.host),await r.login(u);return{
registry:a.host,registries:p.map(u=>u.host),login:a}})}finally{s.close()}}var Bu=require("node:fs");function jN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new _("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Hu(t)},o={...t,
...r};return $q(o),Kh(t.mode,t.dockerCredentialsOutput),Fq(o),Lq(o),e==="deliver"&&t.mode!=="merge"&&Uq(o),r}function Hu(t){return pd(t.repository)?(Sn("reposit\
ory",t.repository,Cy(t.repository)??Be.repository(Mr(t.repository))),"public"):t.registryType}function $q(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)
throw new _("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[
["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new _(e,r,"applies to ECR Pu\
blic only: set `registry-type: public`")}}function Kh(t,e){if(t!=="login"&&e)throw new _("docker-credentials-output","true","applies to `mode: login` only")}function Lq(t){
let e=la(t.platform).length;if(t.mode==="part"&&e>1)throw new _("platform",t.platform,"takes one platform with `mode: part` (one job per platform; `mode: merge`\
 puts the parts together)");if(t.mode!=="merge")return;if(e<2)throw new _("platform",t.platform??"","needs at least two platforms with `mode: merge`, e.g. `linu\
x/amd64,linux/arm64`");if(t.registryType==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");let r=t;
for(let o of No.filter(n=>n.builds)){let n=r[o.field];if(!(o.default!==void 0?String(n)===String(o.parse(o.default,o.name)):Array.isArray(n)?!n.length:n===void 0))
throw new _(o.name,Array.isArray(n)?"***":String(n),"cannot be combined with `mode: merge`, which builds and pushes nothing (the parts did)")}}function Fq(t){if(t.
scanWait&&t.registryType==="public")throw new _("scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new _(
"scan-start","true","needs `scan-wait: true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new _("fail-on-sever\
ity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run waits for")}}function Uq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],
["target",t.target],["platform",t.platform],["builder",t.builder],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new _(o,n,"cannot be combined with `image` (nothing is built)");let r=fa(Si(t));if(r)throw new _(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Jh(t)}function Jh(t){if(!(0,Bu.existsSync)(t.context)||!(0,Bu.statSync)(t.context).isDirectory())
throw new _("context",t.context,"is not a directory");Lo("dockerfile",li(t))}function li(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var Mq=4096,Bq=65536;function Gu(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Bq:Mq;if(o.length>n)throw new _(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new _(t.name,o,"contains control characters");return o}function ta(t,e){
let r=No.find(n=>n.name===t),o=Gu(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function ui(t,e="deliver"){let r={};for(let n of No){let i=Gu(n,t(n.name))??
n.default;if(i!==void 0)r[n.field]=n.parse(i,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new _(
n.name,"","is required")}let o=r;return{...o,...jN(o,e)}}function VN(t){let e=ta("mode",t("mode")),r=ta("docker-credentials-output",t("docker-credentials-output"));
return Kh(e,r),{mode:e,skipLogout:ta("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var cD=require("node:crypto");var mr=[...fn,"INFORMATIONAL","UNDEFINED"],Hq=10,Gq=1e3,zq=15e3,jq=2e4,Vq=new Set(["COMPLETE","ACTIVE"]),qq=new Set(["IN_PROGRESS","PENDING"]),Wq=t=>new Promise(
e=>setTimeout(e,t));async function ju(t,e){try{return await Kq(t,e)}catch(r){if(r instanceof Lr)throw r;let o=yn(r);return zu(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Kq(t,e){
let r=e.sleep??Wq,o=e.now??Date.now,n=o(),i=n+e.timeoutSeconds*1e3,s=Gq,a=!1,c="no scan yet";for(;;){let p=await t.scanFindings(e.repository,e.digest);if(!p&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=p?.imageScanStatus?.
status??"";if(p&&Vq.has(u))return Xq(e,await Yq(t,e,p));if(p&&!qq.has(u))return zu(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${p.imageScanStatus?.
description?`: ${p.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=p?`scan ${u}`:"no\
 scan yet";let m=(!p&&!a?Math.min(i,n+jq):i)-o();if(!p&&!a&&m<=0)return Jq(e,o()-n);if(m<=0)return zu(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(s,m)),s=Math.min(s*2,zq)}}function Jq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return zu(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Yq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let i=await t.scanFindings(e.repository,e.digest,n);if(!i)break;o.push(i)}return o}function Xq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(mr.map(s=>[s,r[s]??0])),n=e.flatMap(s=>[...(s.imageScanFindings?.findings??[]).map(Qq),...(s.imageScanFindings?.enhancedFindings??[]).map(
Zq)]),i=WN(n);return{outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:JN(o,t.threshold)}}function WN(t){let e=r=>{let o=mr.indexOf(r.severity);return o<
0?mr.length:o};return t.map((r,o)=>({f:r,i:o})).sort((r,o)=>e(r.f)-e(o.f)||r.i-o.i).slice(0,Hq).map(({f:r})=>r)}function KN(t){let e=t.find(n=>n.outcome!=="comp\
lete");if(e)return e;let r=Object.fromEntries(mr.map(n=>[n,t.reduce((i,s)=>i+(s.counts[n]??0),0)])),{threshold:o}=t[0];return{outcome:"complete",counts:r,top:WN(
t.flatMap(n=>n.top)),threshold:o,gate:JN(r,o)}}function zu(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.threshold,gate:t.threshold===
"none"?"off":"failed"}}function JN(t,e){return e==="none"?"off":fn.slice(0,fn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}function Vu(t){return t?.outcome===
"complete"?JSON.stringify(t.counts):""}function qu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new hi(`fail-on-severity ${t.
threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=fn.slice(0,fn.indexOf(t.threshold)+1).filter(
o=>t.counts[o]>0);return{failure:new hi(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; the image is pushed (${e}\
) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.outcome!=="complete"?{
warning:`scan-wait: ${t.problem}`}:{}}var qN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function Qq(t){let e=[qN(t,"package_name"),qN(t,"package_version")].
filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Zq(t){let e=t.packageVulnerabilityDetails,r=(e?.
vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"UNDEFI\
NED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var YN=require("node:crypto");var eW="application/vnd.docker.distribution.manifest.v2+json",XN="application/vnd.docker.distribution.manifest.list.v2+json",QN="application/vnd.oci.image.index\
.v1+json",tW=[XN,QN],Yh=t=>JSON.parse(t),ZN=t=>t.mediaType||Yh(t.manifest).mediaType||"",eD=t=>tW.includes(ZN(t));function tD(t){let e=(Yh(t.image.manifest).manifests??
[]).filter(n=>n.annotations?.["vnd.docker.reference.type"]!=="attestation-manifest"),r=_i(ga(t.platform)),o=e.find(n=>n.platform?.os&&n.platform.architecture&&_i(
n.platform)===r);if(o)return o;throw new G(`part ${t.tag} is an index of ${e.map(n=>yd(n.platform??{})).join(", ")||"no platform"}, none of them ${t.platform}`,
`deliver the ${t.platform} part again (mode: part, platform: ${t.platform})`)}function rD(t,e){return{mediaType:ZN(t),digest:t.digest,size:Buffer.byteLength(t.manifest),
platform:ga(e)}}function oD(t,e){let r=Yh(t.manifest).config?.digest;if(!r)throw new G(`part ${e} (${t.digest}) is not an image manifest: it names no config`);return r}
function nD(t,e){let r=JSON.parse(e),o={os:r.os??"",architecture:r.architecture??"",variant:r.variant};if(_i(o)!==_i(ga(t.platform)))throw new G(`part ${t.tag} \
holds a ${yd(o)} image (its config says so), expected ${t.platform}`,`deliver it again with platform: ${t.platform} (on one daemon, the classic builder can reus\
e a cached step of another platform: prefer BuildKit)`)}function iD(t){let e=t.every(n=>n.mediaType===eW)?XN:QN,r=t.map(n=>({mediaType:n.mediaType,digest:n.digest,
size:n.size,platform:{architecture:n.platform?.architecture,os:n.platform?.os,...n.platform?.variant?{variant:n.platform.variant}:{}}})),o=JSON.stringify({schemaVersion:2,
mediaType:e,manifests:r},null,2);return{digest:`sha256:${(0,YN.createHash)("sha256").update(o).digest("hex")}`,manifest:o,mediaType:e}}var rW=3e4;function sD(t){let e=new eo(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>oW(t,e))}async function oW(t,e){let r=await t.reporter.phase("Cre\
dentials",()=>pi(t,ci(t),e)),o=ai(t,r,e);try{return await new Xh(t,o,e).run()}finally{o.close()}}var Xh=class{constructor(e,r,o){this.req=e;this.ecr=r;this.deadline=
o;let{options:n,context:i}=e;this.repository=n.repository,this.platforms=la(n.platform),this.tags=[...new Set([i.commitSha,...n.tags,...i.release.tags])]}req;ecr;deadline;repository;platforms;tags;async run(){
let{reporter:e}=this.req,r=this.tags[0],o=this.platforms.map(g=>Ri(r,g)),[n,i]=await e.phase("Repository",()=>Promise.all([this.ecr.findRepository(this.repository),
this.ecr.images(this.repository,[...o,...this.tags])]));if(!n)throw new G(`repository ${this.repository} does not exist, so none of its parts (${o.join(", ")}) \
do`,"deliver the parts first: one job per platform with mode: part, then the merge");let s=this.platforms.map((g,h)=>({platform:g,tag:o[h],image:i.get(o[h])})),
a=s.filter(g=>!g.image);if(a.length){let g=s.filter(h=>h.image).map(h=>`${h.platform} (${h.tag})`);throw new G(`missing part(s) in ${this.repository}: ${a.map(h=>`${h.
platform} (tag ${h.tag})`).join(", ")}; found: ${g.join(", ")||"none"}`,"each platform needs its part delivered first (mode: part) for this commit; the merge ru\
ns after all of them")}let c=await e.phase("Parts",()=>Promise.all(s.map(g=>this.entry(g)))),p=iD(c);this.refuseConflicts(n,i,p);let u=i.get(r)?.digest!==p.digest;
u||e.info(`${n.uri}:${r} already is this index (${p.digest}): nothing to put`);let d=this.tags.filter(g=>i.get(g)?.digest!==p.digest);await e.phase("Tag",()=>eu(
this.ecr,this.repository,p,d));let m=await this.verified(n,p.digest,u),f=await this.scan(c,n);return{outputs:{...m,"scan-findings":Vu(f)},scan:f}}async entry(e){
if(!eD(e.image))return await this.checkPlatform(e,e.image),rD(e.image,e.platform);let r=tD(e),o=await this.ecr.image(this.repository,r.digest);if(!o)throw new G(
`part ${e.tag} names ${r.digest} for ${e.platform}, which ${this.repository} does not hold`);return await this.checkPlatform(e,o),r}async checkPlatform(e,r){let o=oD(
r,e.tag),n=await this.ecr.blobUrl(this.repository,o),i=()=>mn(n,{headers:{},timeoutMs:rW,signal:this.deadline.signal}),s=await to(this.deadline,`the config of p\
art ${e.tag}`,i).catch(a=>{throw this.deadline.signal.aborted?a:new G(`could not read the config of part ${e.tag} (${o}): ${a.message}`,"check the proxy setting\
s (HTTPS_PROXY, NO_PROXY)")});if(s.status!==200)throw new G(`could not read the config of part ${e.tag} (${o}): HTTP ${s.status} from its download URL`);nD(e,s.
text)}refuseConflicts(e,r,o){for(let n of this.tags){let i=r.get(n);if(!(!i||i.digest===o.digest||!Qs(e,n)))throw new G(`tag ${n} already exists in the immutabl\
e repository ${e.name} at ${i.digest}, not at the index of these parts (${o.digest})`,"immutable tags cannot move: the SHA was delivered from other parts; use a\
 new extra tag, or make the repository MUTABLE")}}async verified(e,r,o){let n=await this.ecr.images(this.repository,this.tags),i=this.tags.filter(s=>n.get(s)?.digest!==
r);if(i.length)throw new G(`after the merge, tag(s) ${i.join(", ")} do not point at ${r} in ECR`,"another run may have moved them at the same time; re-run the m\
erge");return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.tags[0]}`,digest:r,"image-ref":`${e.uri}@${r}`,tags:this.tags,pushed:o,
"scan-findings":""}}async scan(e,r){let o=this.req.options,n=this.ecr;if(!o.scanWait||!n.scanFindings||!n.startScan)return;let i={scanFindings:n.scanFindings.bind(
n),startScan:n.startScan.bind(n)},s=await this.req.reporter.phase("Scan",()=>Promise.all(e.map(a=>ju(i,{repository:this.repository,digest:a.digest,timeoutSeconds:o.
scanTimeoutSeconds,start:o.scanStart,threshold:o.failOnSeverity,scanOnPush:r.scanOnPush,info:c=>this.req.reporter.info(c)}))));return KN(s)}};function aD(t,e){let[r,...o]=e.tags,n=e.existing.get(r),i=n&&(t.skipExisting||Qs(e.repository,r))?n:void 0;nW(e,i);let s=t.push?["policies",...o.length?["copy-t\
ags"]:[]]:[];if(i)return{steps:s,reuse:i,localTags:[],pushed:!1};let a=Wu(t,e.builder,e.driver),c=[];return e.baseFromTarget&&!t.image||a?c.push("login-before-b\
uild"):t.push&&c.push("login"),t.pullRegistries.length&&!t.image&&c.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&c.push("cache"),t.image?c.push(
"tag-local"):c.push("build"),t.push&&c.push(a?"builder-push":"push"),{steps:[...c,...s],localTags:a?[r]:e.tags,pushed:t.push}}function Wu(t,e,r){let o=!!t.platform?.
includes(",")||t.provenance||r!==void 0&&r!=="docker";return t.push&&e==="buildx"&&(o||!!t.builder)}function nW({tags:t,repository:e,existing:r},o){for(let n of t){
let i=r.get(n);if(!(!i||!Qs(e,n)||o&&i.digest===o.digest))throw new G(`tag ${n} already exists in the immutable repository ${e.name} at ${i.digest}, which is no\
t the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}function Ku(t){if(t.options.mode==="merge")return sD(t);let e=new eo(t.options.timeoutSeconds,t.lifetime),r=da.create(t.env);return e.bound(()=>iW(t,e,_n(t.env,
r.dir))).finally(()=>r.remove())}async function iW(t,e,r){let{options:o,context:n,reporter:i}=t,s=new ro(t.run,i,e,r,o.builder),a=Si(o);if(!o.image){for(let h of Jy(
a,t.env))i.secret(h);Ky(a,t.env)}let c=o.image?{}:cE(o,a),p=!o.image&&(c.buildx||c.buildkit||xi(t.env)!==void 0),u=s.check().then(()=>p?s.builder(c):void 0),d=ci(
t);await u,o.image||await s.checkPlatforms(o.platform),o.image||s.builder().catch(()=>{});let m=o.mode==="part"&&!o.platform?await s.serverPlatform():o.platform,
f,g=async h=>{let y=await h("Credentials",()=>pi(t,d,e));return f=ai(t,y,e),{ecr:f,pulls:()=>tu(o.pullRegistries,n.region,y,e)}};try{return await new Qh({...t,options:{
...o,platform:m}},s).run(g)}finally{f?.close()}}var Qh=class{constructor(e,r){this.req=e;this.docker=r;this.o=e.options,this.sha=this.o.mode==="part"?Ri(e.context.
commitSha,this.o.platform):e.context.commitSha,this.tags=this.o.mode==="part"?[this.sha]:[...new Set([this.sha,...this.o.tags,...e.context.release.tags])],this.
mutableTags=xy(this.o.tags,e.context.release)}req;docker;o;sha;tags;mutableTags;ecr;pullLogins=async()=>[];repo;flight;localName=`ecr-deliver-build:${(0,cD.randomBytes)(
6).toString("hex")}`;earlyNames=[];loggedIn=[];background=[];async run(e){try{let r=await this.steps(e);await Promise.allSettled(this.background);let o=await this.
scan(r);return{outputs:{...r,"scan-findings":Vu(o)},scan:o}}catch(r){throw await this.stopBuild(),await Promise.allSettled(this.background),r}}async buildsEarly(){
let e=this.o;if(e.image||e.skipExisting||e.pullRegistries.length||ru(li(e)).length||e.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"&&!ca(this.mutableTags)||Wu(
e,"buildx"))return!1;let r=await this.docker.buildxSetup();return!Wu(e,r?"buildx":void 0,r?.driver)}async steps(e){let{reporter:r}=this.req,o=await this.buildsEarly(),
n=!this.o.image&&this.o.cache&&this.o.registryType!=="public";o&&!n&&(this.flight=this.startBuild([this.localName],void 0));let i=(h,y)=>r.track(h,y),s=(h,y)=>r.
phase(h,y),a=o?i:s;({ecr:this.ecr,pulls:this.pullLogins}=await e(this.flight?i:s));let p=this.o.push&&!this.o.skipExisting&&this.o.registryType!=="public"?this.
inBackground(this.ecr.login()):void 0,u=p?this.inBackground(r.track("Login",()=>p.then(h=>this.dockerLogin(h)))):void 0,d=n&&this.ecr.latestImage?this.inBackground(
this.latestImage()):void 0;if(o&&d){let h=p?p.then(S=>this.tags.map(x=>`${S.host}/${this.o.repository}:${x}`)):[this.localName],y=this.cacheSource(d,()=>u??this.
login());this.flight=this.startBuild(h,y.then(S=>({from:S})))}let[m,f]=await a("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,this.mutableTags):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=m,m.created&&r.info(`Created repository ${m.uri} (${m.mutability})`);let g=aD(
this.o,{tags:this.tags,repository:m,existing:f,builder:this.o.image?void 0:await this.docker.builder(),driver:this.o.image?void 0:(await this.docker.buildxSetup())?.
driver,cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.o.image&&ru(li(this.o)).includes(m.uri.split("/")[0])});return g.reuse&&await this.stopBuild(),
this.execute(g,m,f,u,d)}startBuild(e,r,o=!1){let n=new AbortController,i=!this.repo,s=Promise.all([e,r]).then(([a,c])=>{if(n.signal.aborted)throw new Me("the bu\
ild was stopped");return i&&(this.earlyNames=a),this.req.reporter.phase("Build",()=>this.build(a,o,c,n.signal))});return s.catch(()=>{}),{built:s,stop:n}}async stopBuild(){
let e=this.flight;this.flight=void 0;let r=!0;e&&(e.stop.abort(),r=await e.built.then(()=>!0,()=>!1)),r||(this.earlyNames=this.earlyNames.filter(o=>o===this.localName)),
await this.dropEarlyNames()}async dropEarlyNames(){let e=this.earlyNames;this.earlyNames=[];for(let r of e)await this.docker.untag(r)}async execute(e,r,o,n,i){let{
reporter:s}=this.req,a=g=>e.steps.includes(g),c=a("policies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let g=e.reuse;return s.
info(`${r.uri}:${this.sha} already exists (${g.digest}): nothing to build or upload`),this.o.push?(await c,a("copy-tags")&&await s.phase("Tag",()=>this.copyTags(
r,g,o)),this.outputs(r,g.digest,!1)):this.outputs(r,g.digest,!1)}let p=n??(a("login")||a("login-before-build")?this.inBackground(s.track("Login",()=>this.login())):
void 0),u=a("pull-registry-logins")?this.inBackground(this.loginPullRegistries()):void 0,d=e.localTags.map(g=>`${r.uri}:${g}`),m;if(this.flight){let g=this.flight;
m=await this.untilBuilt(Promise.all([g.built,p,c]).then(([S])=>S),r);let[h]=this.earlyNames,y=d.filter(S=>!this.earlyNames.includes(S));y.length&&await s.track(
"Local tag",()=>Promise.all(y.map(S=>this.docker.tag(h,S)))),this.earlyNames=this.earlyNames.filter(S=>!d.includes(S))}else if(a("tag-local"))a("login-before-bu\
ild")&&await p,m=await s.phase("Tag",()=>this.tagLocal(d));else{let g=a("cache")&&i?await this.cacheSource(i,()=>p??this.login()):void 0;a("login-before-build")&&
await p,await u,this.flight=this.startBuild(d,a("cache")?{from:g}:void 0,a("builder-push")),m=await this.untilBuilt(this.flight.built,r)}if(this.flight=void 0,!e.
pushed)return await this.dropEarlyNames(),this.outputs(r,"",!1);await Promise.all([p,c]);let f=a("builder-push")?m.pushedDigest:await s.phase("Push",()=>this.docker.
push(`${r.uri}:${this.sha}`,()=>this.login()));return await this.dropEarlyNames(),a("copy-tags")&&await s.phase("Tag",async()=>this.copyTags(r,{digest:f,...await this.
ecr.manifest(r.name,f)},o)),this.outputs(r,f,!0)}async untilBuilt(e,r){try{return await e}catch(o){let n=o instanceof Me&&JO(o.message,li(this.o),[...this.loggedIn,
r.uri.split("/")[0]],this.req.context.region);throw n?new Me(o.message,n):o}}async latestImage(){try{return await this.ecr.latestImage(this.o.repository,this.o.
mode==="part"?Ri("",this.o.platform):void 0)}catch(e){if(e instanceof Lr)throw e;return this.req.reporter.warning(`no layer cache: ${e.message}`),null}}async cacheSource(e,r){
let o=await e;if(o===void 0&&this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from"),!o)return;let n=`${this.o.repository}\
@${o}`;try{return n=`${await r()}/${n}`,await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),
n)}catch(i){if(i instanceof Lr)throw i;this.req.reporter.warning(`no layer cache: ${i.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.
digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.
ecr;if(!n.scanFindings||!n.startScan)throw new G("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase(
"Scan",()=>ju(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.
scanOnPush,info:i=>r.info(i)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.
o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],
scanOnPush:!1,created:!1}}async login(){return this.dockerLogin(await this.ecr.login())}async dockerLogin(e){return await this.docker.login(e),this.loggedIn.push(
e.host),e.host}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.
login(r),this.loggedIn.push(r.host)}async tagLocal(e){for(let r of e)await this.docker.tag(this.o.image,r);return{}}async build(e,r,o,n){Jh(this.o);let i=await this.
docker.build({context:this.o.context,dockerfile:li(this.o),tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,
cache:o,secrets:Si(this.o),provenance:this.o.provenance,pushFromBuilder:r,signal:n},await this.docker.builder());if(r&&!i.pushedDigest)throw new Me("buildx push\
ed but reported no digest");return i}labels(){let e=this.req.context,r={"org.opencontainers.image.revision":e.commitSha,"org.opencontainers.image.created":new Date().
toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.
o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){let n=this.tags.slice(1).filter(i=>o.get(i)?.digest!==r.digest);await eu(
this.ecr,e.name,r,n)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:
"",tags:this.tags,pushed:o,"scan-findings":""}}};var ra=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},oa=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ra;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var pD=t=>Math.round(t*1e3),lD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function uD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=pD(r.start),i=Math.max(pD(r.end),n+1);e.push(`  section ${lD(r.title)}`,`  ${lD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${i}`)}),e.push("```"),e.join(`
`)}function dD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let i=Math.min(
e-1,Math.floor(n.start/r*e)),s=Math.max(i+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(i)+"\u2588".repeat(s-i)+"\xB7".repeat(e-s);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}function Ju(t){let e=t.filter(i=>i.title==="Build"),r=i=>e.reduce((s,a)=>s+Math.max(0,Math.min(i.
end,a.end)-Math.max(i.start,a.start)),0),o=t.filter(i=>i.title!=="Build"&&r(i)>0);if(!o.length)return;let n=o.reduce((i,s)=>i+r(s),0);return`Alongside the build\
: ${o.map(i=>`${i.title} ${i.seconds.toFixed(1)} s`).join(", ")} (${n.toFixed(1)} s of it within the build)`}var mD=require("node:child_process"),sW=3e3,Zh=new Set,di=(t,e,r={})=>new Promise((o,n)=>{let i=r.silent?void 0:r.output??process.stdout;i?.write(`[command]${[t,
...e].join(" ")}
`);let s=(0,mD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Zh.add(s);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,s.kill("SIGKILL")},r.timeoutMs),
p,u=()=>{s.kill("SIGTERM"),p=setTimeout(()=>s.kill("SIGKILL"),sW)};r.signal?.aborted?u():r.signal?.addEventListener("abort",u,{once:!0});let d=[],m=[];s.stdout.
on("data",g=>{d.push(g),i?.write(g)}),s.stderr.on("data",g=>{m.push(g),i?.write(g)}),s.stdin.on("error",()=>{}),s.stdin.end(r.input);let f=()=>{Zh.delete(s),clearTimeout(
c),clearTimeout(p),r.signal?.removeEventListener("abort",u)};s.on("error",g=>{f(),n(g)}),s.on("close",(g,h)=>{f(),o({code:g??(h?128:1),stdout:Buffer.concat(d).toString(),
stderr:Buffer.concat(m).toString(),...a?{timedOut:a}:{}})})});async function fD(t){let e=[...Zh];if(!e.length)return;let r=s=>new Promise(a=>{s.exitCode!==null||
s.signalCode!==null?a():s.once("close",()=>a())}),o=Promise.all(e.map(r));for(let s of e)s.kill("SIGTERM");let n,i=new Promise(s=>{n=setTimeout(()=>s("grace"),t)});
if(await Promise.race([o,i])==="grace"){for(let s of e)s.exitCode===null&&s.signalCode===null&&s.kill("SIGKILL");await o}clearTimeout(n)}var gD=["SIGINT","SIGTERM"],aW=2e3;function na(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of gD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,fD(o)),end:()=>{for(let o of gD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),aW).unref()}}}var Yu=t=>e=>t[uy(e)];function mi(t){let e=yn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Xu(t,e){let r=new oa(process.stderr),o=na();try{let n=ui(t),i=Rn(n),{outputs:s,scan:a}=await Ku({options:n,context:i,reporter:r,run:di,
env:process.env,lifetime:o});r.info(pW(s,r.clock,a)),e(s);let c=qu(a,s["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?mi(c.failure):0}catch(n){return mi(
n)}finally{o.end()}}async function Qu(t,e){let r=new oa(process.stderr),o=na();try{let n=ui(t,"login"),i=Rn(n,process.env,"login"),{registry:s}=await Mu({options:n,
context:i,reporter:r,run:di,env:process.env,lifetime:o});return r.info(hD(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(n){return mi(n)}finally{o.
end()}}function cW(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function pW(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:a})=>a!==
"scan-findings"||r).map(({name:a})=>[a,a==="pushed"?cW(t):ko(t,a)||"-"]),i=Ju(e.byStart),s=[...dD(e.byStart),...i?[i]:[]].map(a=>`    ${a}`);return[hD(o,n,e)," \
 timeline",...s,...r?lW(r):[]].join(`
`)}function lW(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=mr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${mr.
map((n,i)=>n.padStart(e[i])).join("  ")}`,`    ${mr.map((n,i)=>String(t.counts[n]).padStart(e[i])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function hD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([i])=>i.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([i,s])=>`  ${i.padEnd(n)}  ${s}`)].join(`
`)}var uW=["deliver","login","merge"],yD="ECR_DELIVER_COMMAND",dW=t=>`'${t.replace(/'/g,"'\\''")}'`,xD=(t,e)=>`export ${dy(t)}=${dW(e)}
`;function mW(t){return Fr.map(({name:e})=>xD(e,ko(t,e))).join("")}function ED(t,e){t.BASH_ENV?(0,SD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function RD(t=process.env){let e=t[yD]||"deliver",r=Yu(t);if(e==="login"||e==="deliver"&&r("mode")?.trim().toLowerCase()==="login")process.exitCode=await Qu(
r,o=>ED(t,xD("registry",o)));else if(e==="deliver"||e==="merge"){let o=e==="merge"?n=>n==="mode"?"merge":r(n):r;process.exitCode=await Xu(o,n=>ED(t,mW(n)))}else
process.stderr.write(`ecr-deliver: ${yD}: ${yi(e)} is not one of ${uW.join(", ")}
`),process.exitCode=2}var ND=require("node:util");var PD=require("node:util");var fW=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],ey=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"],gW=["ecr:BatchGetImage","ecr:DescribeRepositories","ecr:GetDownloadUrlForLayer","ecr:PutImage"];function _D(t){
let e=t.mode==="merge",r=new Set(e?gW:["ecr:DescribeRepositories","ecr:BatchGetImage"]),o=n=>{for(let i of n)r.add(i)};return t.push&&!e&&(o(fW),t.createRepository&&
r.add("ecr:CreateRepository"),t.lifecyclePolicy&&r.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&r.add("ecr:SetRepositoryPolicy")),t.cache&&!e&&o(["ecr:Desc\
ribeImages",...ey]),t.scanWait&&r.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&r.add("ecr:StartImageScan"),[...r].sort()}function wD(t){return`\
arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function ty(t){if(t.registryType==="public")return EW(t);if(t.mode===
"merge")return{Version:"2012-10-17",Statement:[{Sid:"EcrMerge",Effect:"Allow",Action:_D(t),Resource:wD(t)}]};let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:G\
etAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:_D(t),Resource:wD(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.
kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Qr(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`\
ecr.${t.region}.amazonaws.com${Qr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{
StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{
StringEquals:o}})}return e.push(...TD(t)),{Version:"2012-10-17",Statement:e}}function TD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.
pullRegistries??[]).flatMap(i=>r.map(s=>`arn:${Qr(i.region??t.region)}:ecr:${i.region??t.region}:${i.id}:repository/${s}`));o.length&&e.push({Sid:"EcrPullBaseIm\
ages",Effect:"Allow",Action:ey.slice().sort(),Resource:o.length===1?o[0]:o});let n=(t.pullThrough??[]).map(i=>`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??
t.accountId}:repository/${i}/*`);return n.length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...hW,...ey].sort(),Resource:n.length===1?n[0]:n}),e}
function vD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.
map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var hW=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],ID=["ecr-public:GetAuthorizationToken",
"sts:GetServiceBearerToken"],yW=["ecr-public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLaye\
rUpload","ecr-public:PutImage"];function EW(t){let e=t.push?ID:[...ID,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:\
DescribeImageTags"]);if(t.push){for(let n of yW)r.add(n);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepos\
itoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"\
*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...TD(t)]}}var SW="token.actions.githubusercontent.com",xW="oidc.circleci.com/org";function RW(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function CD(t){let e=Qr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??SW,o=t.audience??Zs,n=RW(t);else if(t.provider==="circleci")r=`${xW}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let i=/[*?]/.test(n),s={StringEquals:{[`${r}:aud`]:o}};return i?s.StringLike=
{[`${r}:sub`]:n}:s.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:s}]}}var _W=["repo","branch","tag","environment","pull-request","github-issuer"],wW=["org-id","project-id","vcs-ref"];function AD(t,e=process.env){let r=IW(t),o=TW(r),
n=vW(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new _("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new _("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.mode==="merge"&&Hu({repository:o.repository,registryType:o.
registryType})==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");if(o.only==="trust"&&n==="none")
throw new _("only",o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:md(o.awsRegion,e),accountId:o.accountId,
registryId:o.registryId,provider:n,audience:o.audience,mode:o.mode,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,
cache:o.cache,push:o.push,encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.
pullRepositories,pullThrough:o.pullThrough,registryType:Hu({repository:o.repository,registryType:o.registryType}),...n==="github"?CW(o):n==="circleci"?PW(o):{}},
only:o.only}}function IW(t){let{values:e,positionals:r}=(0,PD.parseArgs)({args:t,options:Object.fromEntries(ni.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});
if(r.length)throw new _("iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of ni){
let i=Gu(n,e[n.name]);i!==void 0&&o.set(n.name,i)}return o}function TW(t){let e={};for(let r of ni){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(
o,r.name);else if(r.required)throw new _(r.name,"","is required")}return e}function vW(t,e){let r=_W.filter(s=>e.has(s)),o=wW.filter(s=>e.has(s)),n=t??(r.length?
"github":o.length?"circleci":void 0);if(!n)throw new _("provider","","is required: github (with --repo), circleci (with --org-id), or none");let i=n==="github"?
o:n==="circleci"?r:[...r,...o];if(i.length)throw new _(i[0],e.get(i[0]),`does not apply to --provider ${n}`);return n}function CW(t){if(t.repo===void 0)throw new _(
"repo","","is required: the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)
throw new _("branch",e,"cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))
throw new _("pull-request","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==
void 0&&(e!==void 0||o!==void 0||n))throw new _("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:O\
WNER/REPO:ref:refs/tags/TAG`");let i=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:i?e??"main":void 0,githubIssuer:t.githubIssuer}}
function PW(t){if(t.orgId===void 0)throw new _("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===
void 0)throw new _("project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could delive\
r");return{orgId:t.orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function AW(t){let e=CD(t);return e?{permissionsPolicy:ty(t),trustPolicy:e}:{permissionsPolicy:ty(
t)}}function bD(t,e){let r=AW(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var OD="0.1.0";var ry=No.filter(t=>!t.githubOnly),DD=["iam-policy","login","merge"];function oy(t,e,r=100){let o=[],n="";for(let i of t.split(/\s+/).filter(Boolean))n&&e.length+
n.length+1+i.length>r?(o.push(n),n=i):n=n?`${n} ${i}`:i;return n&&o.push(n),o.map(i=>e+i).join(`
`)}function OW(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver merge [--option value \u2026]         multi-arch: the parts into one image index","       ecr-deliver iam-policy -\
-help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: OIDC credentials, ECR login, repository, build,","commit-SH\
A tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DELIVER_ROLE_TO_ASSUME); a flag wins over the environment.","",
"Options:",...ry.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default: ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name}\
 <value>
${oy(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function kD(t,e,r,o){let n=ry.filter(i=>r.includes(i.name)).map(i=>`  --${i.name} <value>
${oy(i.description.replace(/`/g,""),"      ")}`);return[`Usage: ecr-deliver ${t}`,"",...e,"","Options (also as ECR_DELIVER_<OPTION>):",...n,"",`Exit codes: ${o}\
, 1 failed, 2 bad input.`].join(`
`)}var NW=()=>kD("login [--option value \u2026] [--json]",["Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR registry, nothing else;",'la\
ter docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a private docker config remov\
ed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","stays for 12 hours: run `dock\
er logout <registry>` when done on a shared host."],ou,"0 logged in"),DW=()=>kD("merge --platform linux/amd64,linux/arm64 [--option value \u2026] [--json]",["Pu\
ts the parts (--mode part, one job per platform) into one image index under every tag,","with ECR's API only: no docker. Same as --mode merge."],XO,"0 merged");
function kW(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --envi\
ronment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must al\
low, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the repos\
itory with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...ni.map(t=>`  --${t.name} ${t.value}
${oy(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function $D(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let i=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${yi(i)} is not a command or flag: use ${DD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function $W(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,ND.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${$D(o,r)}
`),process.exitCode=2;return}}function LW(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${kW()}
`),0;try{let{request:e,only:r}=AD(t.filter(o=>o!=="--json"));process.stdout.write(bD(e,r));for(let o of vD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${$D(e,"iam-policy")}
`),2):mi(e)}}async function LD(t){let e=DD.find(p=>p===t[0])??"";if(e==="iam-policy"){process.exitCode=LW(t.slice(1));return}let r=e?t.slice(1):t,o=e==="login"?
ou:ry.map(p=>p.name).filter(p=>e!=="merge"||p!=="mode"),n=$W(r,o,e);if(!n)return;if(n.help)return void process.stdout.write(`${e==="login"?NW():e==="merge"?DW():
OW()}
`);if(n.version)return void process.stdout.write(`${OD}
`);let i=Yu(process.env),s=p=>n[p]??i(p),a;try{a=e||ta("mode",s("mode"))}catch(p){process.exitCode=mi(p);return}if(a==="login"){let p=u=>ou.includes(u)?s(u):void 0;
process.exitCode=await Qu(p,u=>{n.json&&process.stdout.write(`${JSON.stringify({registry:u})}
`)});return}let c=e==="merge"?p=>p==="mode"?"merge":s(p):s;process.exitCode=await Xu(c,p=>{n.json&&process.stdout.write(`${JSON.stringify(my(p))}
`)})}var ny=require("node:fs"),$r=require("node:os"),FD=require("node:stream");var FW=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),fi,UD=!0;function ia(t){t.length&&(process.stdout.write(t),UD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var iy=()=>UD?"":$r.EOL,MD=new FD.Writable({write(t,e,r){fi||(fi=crypto.randomUUID().replace(/-/g,""),ia(`${iy()}::stop-commands::${fi}${$r.EOL}`)),
ia(t),r()}});function sa(t,e=""){fi&&(ia(`${iy()}::${fi}::${$r.EOL}`),fi=void 0),ia(`::${t}::${FW(e)}${$r.EOL}`)}function Zu(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function BD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,ny.appendFileSync)(
o,`${e}<<${n}${$r.EOL}${r}${$r.EOL}${n}${$r.EOL}`,"utf8")}var gi=(t,e)=>BD("OUTPUT",t,e),ed=(t,e)=>BD("STATE",t,e),sy=t=>process.env[`STATE_${t}`]??"",td=t=>sa(
"add-mask",t),rd=t=>ia(`${iy()}${t}${$r.EOL}`),ay=t=>sa("warning",t),UW=t=>sa("error",t);function HD(t){process.exitCode=1,UW(t)}async function GD(t,e){sa("grou\
p",t);try{return await e()}finally{sa("endgroup")}}function cy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,ny.appendFileSync)(e,`${t}${$r.EOL}`,"utf8")}var MW=4,
BW=1e4;async function zD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let i;try{let s=await mn(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:BW});if(s.status===200){let a=HW(s.text);if(!a)throw new Error("the token service answered with\
out a token");return td(a),a}if(i=`HTTP ${s.status}`,s.status<500&&s.status!==429)throw new Error(`the token service answered ${i}`)}catch(s){if(s.message.startsWith(
"the token service")||s instanceof hr)throw s;i=s.message}if(n>=MW)throw new Error(`the token service did not answer after ${n} attempts (${i})`);await new Promise(
s=>setTimeout(s,500*2**(n-1)))}}function HW(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var hn=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),py=t=>`\`${t.replace(/`/g,"'")}\``;function jD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",py(t.image)],["digest",t.digest?py(t.digest):"(not pushed)"],["tags",t.tags.map(py).join(" ")],["pushed",String(
t.pushed)],["timings",hn(e.describe())]],i=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([a,c])=>`| ${a} | ${c} |`),"","#### Timeline","",uD(e.byStart),
""],s=Ju(e.byStart);return s&&i.push(hn(s),""),r&&i.push(...zW(r),""),i.join(`
`)}function zW(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${hn(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${mr.join(" | ")} |`,`|${mr.map(()=>"-\
--:").join("|")}|`,`| ${mr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${hn(r.name)}](${r.link})`:hn(r.name);e.push(`| ${o} | ${hn(r.severity)} | ${hn(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var VD="isPost",qD="registries",WD="skipLogout",od=class{clock=new ra;output=MD;info=e=>rd(e);warning=e=>ay(e);secret=e=>td(e);phase(e,r){return GD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},KD=t=>t[`STATE_${VD}`]==="true";async function JD(){ed(VD,"true");let t=new od,e=new Set,r=i=>{e.add(i),ed(qD,
JSON.stringify([...e]))},o=na(),n={reporter:t,run:di,env:process.env,platformToken:i=>zD(i),lifetime:o};try{let i=VN(d=>Zu(d));if(i.mode==="login")return await jW(
n,r,i);let s=ui(d=>Zu(d)),a=Rn(s),{outputs:c,scan:p}=await Ku({options:s,context:a,...n});for(let{name:d}of Fr)gi(d,ko(c,d));cy(jD(c,t.clock,p));let u=qu(p,c["i\
mage-ref"]);if(u.warning&&ay(u.warning),u.failure)throw u.failure}catch(i){let s=yn(i);HD(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}finally{o.end()}}async function jW(t,e,r){r.skipLogout&&ed(WD,"true");let o=ui(s=>Zu(s),"login"),n=Rn(o,process.env,"login"),i=await Mu(
{options:o,context:n,...t,onLogin:e});gi("registry",i.registry),gi("registries",i.registries.join(",")),r.dockerCredentialsOutput&&(td(i.login.password),gi("doc\
ker-username",i.login.username),gi("docker-password",i.login.password)),rd(`Logged in to ${i.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),cy(["### ecr-deliver login","",...i.registries.map(s=>`- \`${s}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function YD(){let t=JSON.parse(sy(qD)||"[]");if(sy(WD)==="true"){rd(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new ro(
di,new od,void 0,_n(process.env));for(let r of t)await e.logout(r)}async function VW(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?KD(
t)?YD():JD():e.length===0&&t.CIRCLECI==="true"?RD():LD(e)}VW();
